package io.mtdetect.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each stage of the pipeline, summed over worker threads: what {@code bench}
 * reports as the per-stage breakdown. Thread CPU time (not wall time) is used so a thread waiting
 * for a pooled LanguageTool or a language-model batch does not charge the wait to its stage.
 */
public final class StageTimes {
  public static final String SEGMENTATION = "segmentation";
  public static final String LANGUAGE_TOOL = "LanguageTool";
  public static final String LANGUAGE_MODEL = "language model";
  public static final String LEXICAL_MODEL = "n-gram model";
  public static final String ROUND_TRIP = "round trip";
  public static final String OTHER_SIGNALS = "other signals";
  public static final String SCORING = "scoring";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

  public StageTimes() {
    for (String stage : new String[] {SEGMENTATION, LANGUAGE_TOOL, LANGUAGE_MODEL, LEXICAL_MODEL, ROUND_TRIP,
        OTHER_SIGNALS, SCORING}) {
      nanos.put(stage, new LongAdder());
    }
  }

  /** The calling thread's CPU time so far, in nanoseconds. */
  long now() {
    return threads.getCurrentThreadCpuTime();
  }

  /** Charges {@code now() - since} to {@code stage} and returns the new now. */
  long charge(String stage, long since) {
    long t = now();
    nanos.get(stage).add(t - since);
    return t;
  }

  /** Stage name → CPU seconds, in pipeline order. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((stage, adder) -> out.put(stage, adder.sum() / 1e9));
    return out;
  }

  /**
   * Charges CPU time spent outside the JVM to {@code stage}: the Apertium processes a round trip runs,
   * whose work no Java thread's CPU clock sees.
   */
  public void addExternal(String stage, double seconds) {
    nanos.get(stage).add((long) (seconds * 1e9));
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }

  /** Which stage a signal's time belongs to. */
  public static String stageOf(String signalName) {
    return switch (signalName) {
      case "lt" -> LANGUAGE_TOOL;
      case "lm" -> LANGUAGE_MODEL;
      case "ngram" -> LEXICAL_MODEL;
      case "roundtrip" -> ROUND_TRIP;
      default -> OTHER_SIGNALS;
    };
  }
}
