package io.mtdetect.score.fit;

import io.mtdetect.score.LengthShrinkage;
import java.util.List;

/**
 * Fits {@link LengthShrinkage} by maximum likelihood on texts of every length (whole articles and
 * their first sentences): a grid over the prior log-odds, the half-trust sentence count and the power, each
 * point scored by the mean log-loss of the shrunk probabilities. Three parameters and a few thousand
 * texts: a grid is exact enough and cannot diverge.
 */
public final class LengthShrinkageFitter {
  private static final double[] HALF_TRUST = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64};
  private static final double[] POWER = {0.5, 1, 1.5, 2, 3, 4};

  private LengthShrinkageFitter() {}

  /**
   * One text: the statistical log-odds before shrinkage, its length in sentences (or sentences' worth of
   * words, {@link LengthShrinkage#length}) and its label.
   */
  public record Text(double logOdds, double sentences, int label) {}

  public static LengthShrinkage fit(List<Text> texts) {
    LengthShrinkage best = LengthShrinkage.NONE;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double power : POWER) {
      for (double half : HALF_TRUST) {
        for (int p = -60; p <= 30; p++) {
          LengthShrinkage candidate = new LengthShrinkage(p / 10.0, half, power);
          double loss = logLoss(candidate, texts);
          if (loss < bestLoss - 1e-12) {
            bestLoss = loss;
            best = candidate;
          }
        }
      }
    }
    return best;
  }

  static double logLoss(LengthShrinkage shrinkage, List<Text> texts) {
    double sum = 0;
    for (Text t : texts) {
      double z = shrinkage.apply(t.logOdds(), t.sentences());
      // log(1 + e^-z) for label 1, log(1 + e^z) for label 0, computed without overflow
      double signed = t.label() == 1 ? -z : z;
      sum += signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed));
    }
    return sum / Math.max(1, texts.size());
  }
}
