package io.mtdetect.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fitting the scorer's models shares: labelled examples, documented priors for features the
 * training data cannot show, and thresholds bounded by false-alarm rates (the fit itself:
 * {@link io.mtdetect.score.fit.MonotoneLogisticFitter}, run by {@link io.mtdetect.score.fit.ScorerTraining}).
 */
public final class ScorerFitter {
  private ScorerFitter() {}

  /** One labelled training example: named features and a label (1 = machine-translated). */
  public record Example(Map<String, Double> features, int label) {}

  /**
   * Features that (almost) never fire in the training data get no meaningful fitted weight: a
   * round-trip corpus made with one engine shows none of the disclosure footers or respellings that
   * real reposts carry. Those features keep the prior (hand-set, documented) weight instead of the
   * zero the fit would give them; features with support keep their fitted weight.
   *
   * @param minSupport how many examples must have a non-zero value for the fit to be trusted
   */
  public static LogisticModel withPriors(LogisticModel fitted, LogisticModel prior, List<Example> examples, int minSupport) {
    Map<String, Double> weights = new LinkedHashMap<>(fitted.weights());
    for (Map.Entry<String, Double> w : prior.weights().entrySet()) {
      String name = w.getKey();
      long support = examples.stream().filter(e -> e.features().getOrDefault(name, 0.0) != 0.0).count();
      if (support < minSupport) {
        // The fitted model standardises x as (x − mean) / scale, so a raw-scale weight w becomes w · scale.
        weights.put(name, w.getValue() * fitted.scales().getOrDefault(name, 1.0));
      }
    }
    return new LogisticModel(fitted.bias(), weights, fitted.means(), fitted.scales());
  }

  /**
   * The lowest threshold at or above {@code floor} that flags at most {@code maxFalsePositiveRate}
   * of the given human-written articles' probabilities.
   */
  public static double thresholdForFalsePositiveRate(List<Double> humanProbabilities, double maxFalsePositiveRate,
      double floor) {
    if (humanProbabilities.isEmpty()) {
      return floor;
    }
    // Flag only probabilities strictly above the (allowed+1)-th highest human score.
    return Math.max(floor, Math.nextUp(highestUnflagged(humanProbabilities, maxFalsePositiveRate)));
  }

  /**
   * The highest value that must stay below a cut flagging at most {@code share} of the (non-empty)
   * values: the (⌊share·n⌋+1)-th highest.
   */
  public static double highestUnflagged(List<Double> values, double share) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length - 1 - (int) Math.floor(share * sorted.length)];
  }

  /** Feature names present in any example, in first-seen order. */
  public static List<String> featureNames(List<Example> examples) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (Example e : examples) {
      e.features().keySet().forEach(k -> names.put(k, true));
    }
    return new ArrayList<>(names.keySet());
  }
}
