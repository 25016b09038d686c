package io.mtdetect.score.fit;

import io.mtdetect.score.ArtefactRates;
import io.mtdetect.signals.DisclosureSignal;

/**
 * The log-odds one translation or aggregation disclosure adds to an article, from how often English
 * originals carry one (measured by {@code artefact-rates} on every original set: news corpora and real web
 * pages of every type) against how often machine-translated reposts do. No corpus of reposts shows the
 * latter: it is a documented assumption, a floor — aggregators that disclose do so on every page, and two of
 * the five seeds carry such a footer — so the weight falls as the originals' rate is measured higher.
 */
public final class DisclosureWeight {
  /** Share of machine-translated reposts assumed to say so (a floor). */
  public static final double DISCLOSING_REPOSTS = 0.05;
  /** Added to the originals' count: a rate of zero measured on N articles is read as at most 1/(2N). */
  static final double PSEUDO_COUNT = 0.5;
  /** Before any rates are measured (and for scorers fitted without them). */
  public static final double UNMEASURED = 16;

  private DisclosureWeight() {}

  public static double fromRates(ArtefactRates rates) {
    long articles = 0;
    long disclosing = 0;
    for (ArtefactRates.Set set : rates.sets()) {
      if (set.isOriginal()) {
        articles += set.articles();
        disclosing += set.articlesWith().getOrDefault(DisclosureSignal.DISCLOSURE, 0L);
      }
    }
    if (articles == 0) {
      throw new IllegalArgumentException("the rates hold no English-original set");
    }
    return Math.log(DISCLOSING_REPOSTS / ((disclosing + PSEUDO_COUNT) / articles));
  }
}
