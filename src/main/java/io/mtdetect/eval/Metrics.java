package io.mtdetect.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Binary-classification figures over (score, label) pairs; label 1 is machine-translated. */
public final class Metrics {
  private Metrics() {}

  /** One scored example. */
  public record Scored(double score, int label) {}

  /**
   * ROC AUC: the probability that a random positive scores above a random negative, ties counting
   * half (the Mann–Whitney statistic, computed from average ranks). NaN without both classes.
   */
  public static double rocAuc(List<Scored> examples) {
    long positives = examples.stream().filter(e -> e.label() == 1).count();
    long negatives = examples.size() - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double[] ranks = averageRanks(examples.stream().mapToDouble(Scored::score).toArray());
    double positiveRankSum = 0;
    for (int k = 0; k < ranks.length; k++) {
      if (examples.get(k).label() == 1) {
        positiveRankSum += ranks[k] + 1; // ranks are 1-based here
      }
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Each value's rank among {@code values}, 0-based, ties sharing their average rank. */
  public static double[] averageRanks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Counts at a threshold (score ≥ threshold is called positive). */
  public record Confusion(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double falsePositiveRate() {
      return ratio(falsePositives, falsePositives + trueNegatives);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  public static Confusion confusion(List<Scored> examples, double threshold) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (Scored e : examples) {
      boolean called = e.score() >= threshold;
      if (called && e.label() == 1) {
        tp++;
      } else if (called) {
        fp++;
      } else if (e.label() == 1) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, tn, fn);
  }

  /** One calibration bin: predictions in [from, to), their mean, and the observed positive share. */
  public record Bin(double from, double to, int count, double meanPredicted, double observed) {}

  /** Equal-width reliability bins over [0, 1]; empty bins are reported with count 0 and NaN means. */
  public static List<Bin> calibration(List<Scored> examples, int bins) {
    double[] sum = new double[bins];
    int[] count = new int[bins];
    int[] positives = new int[bins];
    for (Scored e : examples) {
      int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(e.score() * bins)));
      sum[b] += e.score();
      count[b]++;
      positives[b] += e.label();
    }
    List<Bin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(new Bin((double) b / bins, (double) (b + 1) / bins, count[b],
          count[b] == 0 ? Double.NaN : sum[b] / count[b], count[b] == 0 ? Double.NaN : (double) positives[b] / count[b]));
    }
    return out;
  }

  /** Expected calibration error: the count-weighted mean gap between predicted and observed. */
  public static double expectedCalibrationError(List<Bin> bins) {
    int total = bins.stream().mapToInt(Bin::count).sum();
    double error = 0;
    for (Bin b : bins) {
      if (b.count() > 0) {
        error += (double) b.count() / total * Math.abs(b.meanPredicted() - b.observed());
      }
    }
    return error;
  }

  /** ROC curve points (false-positive rate, true-positive rate), from (0,0) to (1,1). */
  public static List<double[]> rocCurve(List<Scored> examples) {
    Scored[] sorted = examples.toArray(new Scored[0]);
    Arrays.sort(sorted, Comparator.comparingDouble(Scored::score).reversed());
    long positives = examples.stream().filter(e -> e.label() == 1).count();
    long negatives = examples.size() - positives;
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i].label() == 1) {
        tp++;
      } else {
        fp++;
      }
      if (i + 1 == sorted.length || sorted[i + 1].score() != sorted[i].score()) {
        points.add(new double[] {negatives == 0 ? 0 : (double) fp / negatives, positives == 0 ? 0 : (double) tp / positives});
      }
    }
    return points;
  }
}
