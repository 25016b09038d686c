package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a text's statistical log-odds are trusted given how many sentences it has: a 1–3 sentence
 * text cannot show the article-level statistics a 30-sentence article shows, so its log-odds are pulled
 * toward a prior: {@code z' = prior + (n / (n + halfTrustSentences))^power · (z − prior)}. Fitted on
 * whole articles and their first 1, 2, 3 and 5 sentences ({@code train-scorer}); the identity has
 * {@code halfTrustSentences} 0.
 *
 * <p>With {@code wordsPerSentence} set, a text counts as at most its words over that many sentences: a
 * three-word fragment ("(see chapter 14)") is not the evidence a sentence of news is, although both are one
 * sentence to the segmenter; a text of ordinary sentences counts as its sentences.
 *
 * @param priorLogOdds       where a text with no sentences would sit
 * @param halfTrustSentences the sentence count at which the trust curve's base reaches one half
 * @param power              how sharply trust falls for the shortest texts (1 when absent)
 * @param wordsPerSentence   the words a sentence of the training articles has (their median), or 0: count
 *                           sentences only, as scorers fitted before 2026-12-07 do
 */
public record LengthShrinkage(
    @JsonProperty("priorLogOdds") double priorLogOdds,
    @JsonProperty("halfTrustSentences") double halfTrustSentences,
    @JsonProperty("power") double power,
    @JsonProperty("wordsPerSentence") double wordsPerSentence) {

  public static final LengthShrinkage NONE = new LengthShrinkage(0, 0, 1);

  public LengthShrinkage {
    power = power <= 0 ? 1 : power;
    wordsPerSentence = Math.max(0, wordsPerSentence);
  }

  public LengthShrinkage(double priorLogOdds, double halfTrustSentences, double power) {
    this(priorLogOdds, halfTrustSentences, power, 0);
  }

  public LengthShrinkage(double priorLogOdds, double halfTrustSentences) {
    this(priorLogOdds, halfTrustSentences, 1);
  }

  public LengthShrinkage withWordsPerSentence(double wordsPerSentence) {
    return new LengthShrinkage(priorLogOdds, halfTrustSentences, power, wordsPerSentence);
  }

  /** How many sentences' worth of evidence a text of {@code sentences} sentences and {@code words} words is. */
  public double length(int sentences, int words) {
    return wordsPerSentence > 0 ? Math.min(sentences, words / wordsPerSentence) : sentences;
  }

  /** The shrunk log-odds of a text of {@code sentences} sentences and {@code words} words. */
  public double apply(double logOdds, int sentences, int words) {
    return apply(logOdds, length(sentences, words));
  }

  /** The shrunk log-odds of a text of {@code sentences} sentences' worth of evidence (not rounded). */
  public double apply(double logOdds, double sentences) {
    if (halfTrustSentences <= 0) {
      return logOdds;
    }
    double trust = Math.pow(sentences / (sentences + halfTrustSentences), power);
    return priorLogOdds + trust * (logOdds - priorLogOdds);
  }
}
