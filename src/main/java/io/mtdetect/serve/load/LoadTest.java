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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A bounded load test of {@code POST /v1/score}: a fixed number of clients, each sending one
 * article at a time (JSON, the next of the inputs in turn) and waiting for its record, until the
 * time is up. Every response is checked: status 200 and the record of the article sent.
 */
public final class LoadTest {
  /** A request that gets no whole response in this long counts as lost. */
  private static final Duration RESPONSE_TIME_LIMIT = Duration.ofMinutes(3);

  /** One article as sent: its id and its JSON body. */
  public record Request(String id, String json) {}

  private final URI score;
  private final List<Request> requests;
  private final ObjectMapper mapper = new ObjectMapper();

  public LoadTest(URI base, List<Request> requests) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no articles to send");
    }
    this.score = base.resolve("/v1/score");
    this.requests = List.copyOf(requests);
  }

  /**
   * Runs {@code clients} clients for {@code duration} (requests under way when it ends are waited
   * for and counted); {@code progress} hears the number of responses so far.
   */
  public LoadReport run(int clients, Duration duration, IntConsumer progress) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger responses = new AtomicInteger();
    List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread client = new Thread(() -> {
        while (System.nanoTime() < end) {
          Request request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
          outcomes.add(send(http, request));
          progress.accept(responses.incrementAndGet());
        }
      }, "load-client-" + c);
      client.start();
      threads.add(client);
    }
    for (Thread client : threads) {
      client.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return LoadReport.of(clients, seconds, outcomes);
  }

  private Outcome send(HttpClient http, Request request) {
    long t0 = System.nanoTime();
    HttpRequest post = HttpRequest.newBuilder(score).timeout(RESPONSE_TIME_LIMIT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.json(), StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long nanos = System.nanoTime() - t0;
      if (response.statusCode() != 200) {
        return new Outcome(Outcome.Kind.HTTP_ERROR, nanos, response.statusCode(), 0);
      }
      JsonNode record = mapper.readTree(response.body());
      if (record == null || !request.id().equals(record.path("id").asText(null))) {
        return new Outcome(Outcome.Kind.LOST, nanos, 200, 0); // a response, but not this article's record
      }
      return new Outcome(record.hasNonNull("error") ? Outcome.Kind.ERROR_RECORD : Outcome.Kind.SCORED, nanos, 200,
          record.path("sentences").size());
    } catch (IOException e) {
      return new Outcome(Outcome.Kind.LOST, System.nanoTime() - t0, 0, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(Outcome.Kind.LOST, System.nanoTime() - t0, 0, 0);
    }
  }

  /** What became of one request. */
  record Outcome(Kind kind, long nanos, int status, int sentences) {
    enum Kind { SCORED, ERROR_RECORD, HTTP_ERROR, LOST }
  }
}
