package io.mtdetect.score.fit;

import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.FluentBlend;
import io.mtdetect.score.ProbabilityModel;
import io.mtdetect.score.ScorerFitter.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link FluentBlend} on the training articles: the means and spreads that standardise the article model's
 * log-odds and the feature's, then the slope and intercept that calibrate their average (Platt scaling). The
 * weight between the two is fixed (equal), not fitted: see FluentBlend.
 */
final class FluentBlendFitter {
  /** Fewer training articles carrying the feature than this, or a single class among them: no blend. */
  static final int MIN_ARTICLES = 100;
  /** The feature's weight in the average: equal to the article model's (what a rank average does). */
  static final double EQUAL_WEIGHT = 0.5;

  private FluentBlendFitter() {}

  /** The blend, or null when too few training articles carry the feature. */
  static FluentBlend fit(String feature, double weight, ProbabilityModel articleModel, List<Example> articles) {
    String articleFeature = ArticleScorer.MEAN_PREFIX + feature;
    List<double[]> pairs = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Example e : articles) {
      Double mean = e.features().get(articleFeature);
      if (mean != null) {
        pairs.add(new double[] {ArticleScorer.logOdds(articleModel.probability(e.features())), FluentBlend.logOdds(mean)});
        labels.add(e.label());
      }
    }
    long positives = labels.stream().filter(l -> l == 1).count();
    if (pairs.size() < MIN_ARTICLES || positives == 0 || positives == pairs.size()) {
      return null;
    }
    double[] model = column(pairs, 0);
    double[] other = column(pairs, 1);
    FluentBlend standardised = new FluentBlend(feature, mean(model), spread(model), mean(other), spread(other), weight, 1, 0);
    List<PlattScaling.Scored> scored = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      scored.add(new PlattScaling.Scored(standardised.average(model[i], other[i]), labels.get(i)));
    }
    var calibration = PlattScaling.fit(scored);
    return new FluentBlend(feature, standardised.modelMean(), standardised.modelScale(), standardised.featureMean(),
        standardised.featureScale(), weight, calibration.a(), calibration.b());
  }

  private static double[] column(List<double[]> pairs, int k) {
    return pairs.stream().mapToDouble(p -> p[k]).toArray();
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  private static double spread(double[] v) {
    double m = mean(v);
    double sum = 0;
    for (double x : v) {
      sum += (x - m) * (x - m);
    }
    return Math.max(1e-6, Math.sqrt(sum / v.length));
  }
}
