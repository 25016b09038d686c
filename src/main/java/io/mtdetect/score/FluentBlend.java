package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A second opinion blended into the fluent detector with a fixed weight: the article mean of one sentence feature
 * (the translationese model's probability), its log-odds standardised like the article model's, the two averaged,
 * then calibrated ({@code slope}, {@code intercept}). Why a fixed weight instead of one more feature of the article
 * model: that model is fitted on articles the built-in classifier was trained on, where the classifier is
 * overconfident and takes all the weight (the translationese mean got -0.07). The shipped scorer blends the
 * translationese model of the whole text ({@code articleTranslationese.machineProbability}, {@code train-scorer
 * --blend-feature}), which ranks the languages and engines the classifier never saw higher (docs/benchmark.md, "A
 * translationese model of the whole text"). An article without the feature keeps the article model's log-odds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FluentBlend(
    @JsonProperty("feature") String feature,
    @JsonProperty("modelMean") double modelMean,
    @JsonProperty("modelScale") double modelScale,
    @JsonProperty("featureMean") double featureMean,
    @JsonProperty("featureScale") double featureScale,
    @JsonProperty("weight") double weight,
    @JsonProperty("slope") double slope,
    @JsonProperty("intercept") double intercept) {

  /** Probabilities are clipped to this distance from 0 and 1 before taking log-odds. */
  static final double CLIP = 1e-4;

  /** The article feature the blend reads: the mean of {@link #feature} over the article's sentences. */
  public String articleFeature() {
    return ArticleScorer.MEAN_PREFIX + feature;
  }

  /** The blended log-odds, or {@code modelLogOdds} unchanged when the article does not carry the feature. */
  public double apply(double modelLogOdds, Map<String, Double> articleFeatures) {
    Double mean = articleFeatures.get(articleFeature());
    return mean == null ? modelLogOdds : slope * average(modelLogOdds, logOdds(mean)) + intercept;
  }

  /** The weighted average of the two standardised log-odds (before calibration); {@code weight} is the feature's. */
  public double average(double modelLogOdds, double featureLogOdds) {
    return (1 - weight) * (modelLogOdds - modelMean) / modelScale + weight * (featureLogOdds - featureMean) / featureScale;
  }

  public static double logOdds(double p) {
    return ArticleScorer.logOdds(p, CLIP);
  }
}
