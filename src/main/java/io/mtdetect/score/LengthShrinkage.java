package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a text's statistical log-odds are trusted given how many sentences it has: a 1–3 sentence
 * text cannot show the article-level statistics a 30-sentence article shows, so its log-odds are pulled
 * toward a prior: {@code z' = prior + (n / (n + halfTrustSentences))^power · (z − prior)}. Fitted on
 * whole articles and their first 1, 2, 3 and 5 sentences ({@code train-scorer}); the identity has
 * {@code halfTrustSentences} 0.
 *
 * @param priorLogOdds       where a text with no sentences would sit
 * @param halfTrustSentences the sentence count at which the trust curve's base reaches one half
 * @param power              how sharply trust falls for the shortest texts (1 when absent)
 */
public record LengthShrinkage(
    @JsonProperty("priorLogOdds") double priorLogOdds,
    @JsonProperty("halfTrustSentences") double halfTrustSentences,
    @JsonProperty("power") double power) {

  public static final LengthShrinkage NONE = new LengthShrinkage(0, 0, 1);

  public LengthShrinkage {
    power = power <= 0 ? 1 : power;
  }

  public LengthShrinkage(double priorLogOdds, double halfTrustSentences) {
    this(priorLogOdds, halfTrustSentences, 1);
  }

  public double apply(double logOdds, int sentences) {
    if (halfTrustSentences <= 0) {
      return logOdds;
    }
    double trust = Math.pow(sentences / (sentences + halfTrustSentences), power);
    return priorLogOdds + trust * (logOdds - priorLogOdds);
  }
}
