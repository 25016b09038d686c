package io.mtdetect.core;

import java.util.List;

/**
 * What an article's probability is made of (models/SCORER.md, "Two channels"): the statistical
 * channel's probability (the fitted model over every signal, pulled toward its prior for short texts)
 * and the evidence channel's log-likelihood ratio of the round-trip artefacts found, with each artefact
 * kind's share.
 *
 * @param channel                   what carried the verdict: {@code fluent} or {@code garbled} when the
 *     statistical channel alone reaches the same verdict (the name of its stronger detector),
 *     {@code artefacts} when the artefacts raised it, {@code original} when the match to an indexed
 *     original changed it
 * @param statisticalProbability    the statistical channel's probability: the noisy-OR of its two
 *     detectors, {@code 1 − (1 − fluent)(1 − garbled)}
 * @param fluentProbability         the fluent detector's probability (predictable, narrow wording)
 * @param garbledProbability        the garbled detector's probability (error densities far above English)
 * @param artefactLogLikelihoodRatio the evidence channel's log-likelihood ratio (natural log, ≥ 0, capped)
 * @param artefacts                 the artefact kinds that counted, strongest first
 */
public record VerdictBasis(String channel, double statisticalProbability, double fluentProbability,
    double garbledProbability, double artefactLogLikelihoodRatio, List<Artefact> artefacts) {
  /** The fluent detector carried the verdict. */
  public static final String FLUENT = "fluent";
  /** The garbled detector carried the verdict. */
  public static final String GARBLED = "garbled";
  public static final String ARTEFACTS = "artefacts";
  /** With {@code --originals}: the match to an indexed original (a round trip or a copy) set the verdict. */
  public static final String ORIGINAL = "original";

  public VerdictBasis {
    artefacts = List.copyOf(artefacts);
  }

  /**
   * One artefact kind found in the text.
   *
   * @param kind                the sentence feature that counts it ({@code names.nearMissBesideOriginal}, …)
   * @param count               occurrences in the text
   * @param logLikelihoodRatio  what they add to the log-odds (occurrences past the cap add nothing)
   */
  public record Artefact(String kind, int count, double logLikelihoodRatio) {}
}
