package io.mtdetect.serve.load;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What a soak measured: the answers of the whole run and its samples, from which memory growth and latency
 * stability after warm-up are read.
 */
public record SoakReport(double seconds, SoakTally.Snapshot answers, List<SoakSample> samples) {
  /**
   * How much a memory figure grew after warm-up: the median of the samples in the last tenth of the run over
   * the median of those in the first tenth after {@code warmUpSeconds}, minus one; NaN without samples on
   * both sides or without the figure.
   */
  public double growth(double warmUpSeconds, ToLongFunction<SoakSample> figure) {
    List<SoakSample> after = samples.stream().filter(s -> s.elapsedSeconds() > warmUpSeconds && figure.applyAsLong(s) >= 0).toList();
    if (after.size() < 2) {
      return Double.NaN;
    }
    double first = after.get(0).elapsedSeconds();
    double last = after.get(after.size() - 1).elapsedSeconds();
    double tenth = Math.max((last - first) / 10, 1e-9);
    double early = median(after.stream().filter(s -> s.elapsedSeconds() <= first + tenth).mapToLong(figure).toArray());
    double late = median(after.stream().filter(s -> s.elapsedSeconds() >= last - tenth).mapToLong(figure).toArray());
    return late / early - 1;
  }

  /** The highest and lowest p99 latency of the windows after warm-up that answered anything, in seconds. */
  public double[] p99Range(double warmUpSeconds) {
    double[] p99 = samples.stream().filter(s -> s.elapsedSeconds() > warmUpSeconds && s.answers().ok() > 0)
        .mapToDouble(s -> s.answers().p99Seconds()).toArray();
    return p99.length == 0 ? new double[] {Double.NaN, Double.NaN}
        : new double[] {Arrays.stream(p99).min().orElseThrow(), Arrays.stream(p99).max().orElseThrow()};
  }

  private static double median(long[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  }
}
