package io.mtdetect.serve.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A long load of {@code POST /v1/score} at saturation, sampled as it runs: more clients than the service
 * takes in flight, each sending the next article and waiting for its answer; a 429 is waited out as its
 * {@code Retry-After} says, as a well-behaved client does. Every request carries an id of its own, so a
 * record that is not the answer to its request (or an id answered twice) is caught. Every sample window
 * reports answers by kind, latency and the memory of the process (heap after the last collection, resident
 * set), for plots and for the growth check. Stops by itself after the duration or the request bound.
 */
public final class SoakTest {
  /** A request with no whole answer in this long is lost. */
  static final Duration RESPONSE_TIME_LIMIT = Duration.ofMinutes(3);
  /** What a 429 without a usable Retry-After is waited out for. */
  static final long DEFAULT_RETRY_MILLIS = 1000;

  private final URI score;
  private final List<String> bodies;
  private final MemoryProbe memory;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param bodies JSON objects of articles without an id; each send adds a fresh one
   * @param memory reads the memory of the process that serves (this one, or the service's)
   */
  public SoakTest(URI base, List<String> bodies, MemoryProbe memory) {
    if (bodies.isEmpty() || bodies.stream().anyMatch(b -> !b.startsWith("{\"") || b.contains("\"id\""))) {
      throw new IllegalArgumentException("bodies must be JSON objects with fields and no id, at least one");
    }
    this.score = base.resolve("/v1/score");
    this.bodies = List.copyOf(bodies);
    this.memory = memory;
  }

  /**
   * Runs {@code clients} clients until {@code duration} has passed or {@code maxRequests} were sent, handing
   * {@code sink} a sample every {@code every}; requests under way at the end are waited for.
   */
  public SoakReport run(int clients, Duration duration, long maxRequests, Duration every, Consumer<SoakSample> sink)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    AtomicLong sent = new AtomicLong();
    SoakTally total = new SoakTally();
    SoakTally[] window = {new SoakTally()};
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread client = new Thread(() -> {
        long seq;
        while (System.nanoTime() < end && (seq = sent.getAndIncrement()) < maxRequests) {
          Answer answer = send(http, seq);
          total.add(seq, answer);
          synchronized (window) {
            window[0].add(seq, answer);
          }
          if (answer.kind() == Answer.Kind.TOO_MANY) {
            pause(answer.retryMillis());
          }
        }
      }, "soak-client-" + c);
      client.setDaemon(true);
      client.start();
      threads.add(client);
    }
    List<SoakSample> samples = new ArrayList<>();
    long nextSample = start + every.toNanos();
    while (threads.stream().anyMatch(Thread::isAlive)) {
      long millis = (nextSample - System.nanoTime()) / 1_000_000;
      if (millis > 0) {
        Thread.sleep(Math.min(millis, 200));
      }
      if (System.nanoTime() >= nextSample) {
        samples.add(sample(start, window, sink));
        nextSample += every.toNanos();
      }
    }
    samples.add(sample(start, window, sink));
    return new SoakReport((System.nanoTime() - start) / 1e9, total.snapshot(), samples);
  }

  private SoakSample sample(long start, SoakTally[] window, Consumer<SoakSample> sink) {
    SoakTally.Snapshot counts;
    synchronized (window) {
      counts = window[0].snapshot();
      window[0] = new SoakTally();
    }
    SoakSample s = new SoakSample((System.nanoTime() - start) / 1e9, counts, memory.heapAfterGcBytes(), memory.heapUsedBytes(),
        memory.residentBytes());
    sink.accept(s);
    return s;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Answer send(HttpClient http, long seq) {
    String id = "soak-" + seq;
    String base = bodies.get((int) (seq % bodies.size()));
    String body = "{\"id\":\"" + id + "\"," + base.substring(1);
    long t0 = System.nanoTime();
    HttpRequest post = HttpRequest.newBuilder(score).timeout(RESPONSE_TIME_LIMIT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long nanos = System.nanoTime() - t0;
      if (response.statusCode() == 429) {
        long retry = response.headers().firstValueAsLong("Retry-After").orElse(-1);
        return new Answer(Answer.Kind.TOO_MANY, nanos, 429, retry > 0 ? retry * 1000 : DEFAULT_RETRY_MILLIS);
      }
      if (response.statusCode() != 200) {
        return new Answer(Answer.Kind.OTHER_STATUS, nanos, response.statusCode(), 0);
      }
      JsonNode record = mapper.readTree(response.body());
      boolean own = record != null && id.equals(record.path("id").asText(null));
      return new Answer(own ? Answer.Kind.OK : Answer.Kind.WRONG_RECORD, nanos, 200, 0);
    } catch (IOException e) {
      return new Answer(Answer.Kind.LOST, System.nanoTime() - t0, 0, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(Answer.Kind.LOST, System.nanoTime() - t0, 0, 0);
    }
  }

  /** What one request got. */
  record Answer(Kind kind, long nanos, int status, long retryMillis) {
    enum Kind { OK, TOO_MANY, OTHER_STATUS, WRONG_RECORD, LOST }
  }
}
