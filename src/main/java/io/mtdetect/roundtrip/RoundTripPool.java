package io.mtdetect.roundtrip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round trips through Apertium (English → pivot → English) for several pivots, from a pool of
 * long-lived pipelines: a thread borrows one engine (both directions of every pivot), so no pipeline
 * is ever used by two threads, and the pool never holds more engines than threads that asked at once.
 */
public final class RoundTripPool implements AutoCloseable {
  /** The pivots the detector uses: the engines its training data was made with (issue 21). */
  public static final List<String> DEFAULT_PIVOTS = List.of("spa", "cat");

  private final List<String> pivots;
  private final int size;
  private final BlockingQueue<Engine> idle = new LinkedBlockingQueue<>();
  private final List<Engine> all = new ArrayList<>();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger failedBatches = new AtomicInteger();
  private final AtomicInteger failedSentences = new AtomicInteger();

  /** Both directions of every pivot, owned together. */
  private static final class Engine implements AutoCloseable {
    final Map<String, ApertiumPipeline[]> byPivot = new LinkedHashMap<>();

    Engine(List<String> pivots) throws IOException {
      try {
        for (String pivot : pivots) {
          byPivot.put(pivot, new ApertiumPipeline[] {ApertiumPipeline.start("eng-" + pivot),
              ApertiumPipeline.start(pivot + "-eng")});
        }
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      byPivot.values().forEach(p -> {
        p[0].close();
        p[1].close();
      });
    }
  }

  public RoundTripPool(List<String> pivots, int size) {
    this.pivots = List.copyOf(pivots);
    this.size = Math.max(1, size);
  }

  /** Whether every pivot's pair is installed in both directions. */
  public static boolean available(List<String> pivots) {
    return pivots.stream().allMatch(p -> ApertiumPipeline.available("eng-" + p) && ApertiumPipeline.available(p + "-eng"));
  }

  public List<String> pivots() {
    return pivots;
  }

  /**
   * Each pivot's round trips of {@code sentences}, in order. A batch the engine fails on (Apertium stuck
   * or stopped) is sent again sentence by sentence on a fresh engine; a sentence that fails alone
   * comes back {@code null}.
   */
  public Map<String, List<String>> roundTrips(List<String> sentences) throws IOException, InterruptedException {
    try {
      return withEngine(sentences);
    } catch (IOException batchFailed) {
      failedBatches.incrementAndGet();
      Map<String, List<String>> out = new LinkedHashMap<>();
      pivots.forEach(p -> out.put(p, new ArrayList<>()));
      for (String sentence : sentences) {
        Map<String, List<String>> one;
        try {
          one = withEngine(List.of(sentence));
        } catch (IOException sentenceFailed) {
          failedSentences.incrementAndGet();
          one = null;
        }
        for (String p : pivots) {
          out.get(p).add(one == null ? null : one.get(p).get(0));
        }
      }
      return out;
    }
  }

  private Map<String, List<String>> withEngine(List<String> sentences) throws IOException, InterruptedException {
    Engine engine = borrow();
    boolean healthy = false;
    try {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Map.Entry<String, ApertiumPipeline[]> pivot : engine.byPivot.entrySet()) {
        out.put(pivot.getKey(), pivot.getValue()[1].translate(pivot.getValue()[0].translate(sentences)));
      }
      healthy = true;
      return out;
    } finally {
      if (healthy) {
        idle.add(engine);
      } else {
        // A failed pipeline may hold half a reply: replace the engine rather than reuse it.
        synchronized (all) {
          all.remove(engine);
        }
        engine.close();
        started.decrementAndGet();
      }
    }
  }

  private Engine borrow() throws IOException, InterruptedException {
    while (true) {
      Engine engine = idle.poll();
      if (engine != null) {
        return engine;
      }
      if (started.incrementAndGet() <= size) {
        try {
          Engine fresh = new Engine(pivots);
          synchronized (all) {
            all.add(fresh);
          }
          return fresh;
        } catch (IOException | UncheckedIOException e) {
          started.decrementAndGet();
          throw e;
        }
      }
      started.decrementAndGet();
      // Wait for a returned engine, but look again now and then: one that failed is not returned, and
      // its place may be taken by a fresh one.
      engine = idle.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      if (engine != null) {
        return engine;
      }
    }
  }

  /** Batches Apertium failed on (sent again sentence by sentence) and sentences it failed on alone, so far. */
  public String failures() {
    return failedBatches.get() + " batches, " + failedSentences.get() + " sentences";
  }

  /** CPU seconds used so far by the processes of every pipeline this pool holds. */
  public double processCpuSeconds() {
    synchronized (all) {
      return all.stream().flatMap(e -> e.byPivot.values().stream()).flatMap(java.util.Arrays::stream)
          .mapToDouble(ApertiumPipeline::processCpuSeconds).sum();
    }
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(Engine::close);
      all.clear();
    }
  }
}
