package io.mtdetect.score.fit;

import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.eval.LengthStrata;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ScorerFitter;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The verdict thresholds. Probabilities stay those of the fitted models; the thresholds flag at most 2%
 * (and call suspect at most 10%) of the training split's English-original texts, the realistic case, at
 * every length — whole articles and each excerpt size, the strictest of them setting each threshold —
 * and at most 3% (20%) of the professional translations no upstream model trained on, and a share of real web
 * pages ({@link WebBounds}).
 */
public final class ThresholdFitter {
  static final double MAX_FLAGGED_ORIGINALS = 0.02;
  static final double MAX_SUSPECT_ORIGINALS = 0.10;
  /**
   * A feed's one- and two-sentence summaries of plain English must not raise alarms: there the bound on
   * texts called anything but clean is half the articles' (the held-out rate lands near the target of 10%
   * otherwise, and such a summary is all a screener sees of its article).
   */
  static final double MAX_SUSPECT_SUMMARIES = 0.05;
  private static final java.util.Set<String> SUMMARY_STRATA = java.util.Set.of("first 1", "first 2");
  /**
   * Below the targets on held-out professional translations (5%, 25%), which sit higher because the fit
   * has seen these.
   */
  static final double MAX_FLAGGED_TRANSLATIONS = 0.03;
  static final double MAX_SUSPECT_TRANSLATIONS = 0.20;

  /**
   * How many real web pages of every type (group {@code web/…}) may reach each verdict: their own bound, because
   * a page's code, tables, jargon and informal posts are what news originals never show. The default (5%, 20%)
   * is a guard that the shipped fit meets without raising a threshold: bounds of 1–3% raised the thresholds,
   * lost seed round trips and WMT21 detection, and did not lower false alarms on held-out pages
   * (docs/benchmark.md, issue 28), whose targets are 1% / 4% for articles and 2% / 8% for other types.
   */
  public record WebBounds(double machineTranslated, double suspect) {
    public static final WebBounds DEFAULT = of(0.05);

    /** A machine-translated share, and four times that called anything but clean. */
    public static WebBounds of(double machineTranslated) {
      return new WebBounds(machineTranslated, 4 * machineTranslated);
    }

    /** Half the machine-translated budget: the garbled detector's share of it. */
    public double garbledShare() {
      return machineTranslated / 2;
    }
  }

  private final Pattern translationBoundGroups;
  private final double reserved;
  private final double reservedTranslations;
  private final WebBounds web;
  private final double reservedWeb;

  /** @param translationBoundGroups the professional translations that bound the thresholds, or {@code null} for none */
  public ThresholdFitter(Pattern translationBoundGroups) {
    this(translationBoundGroups, 0, 0, WebBounds.DEFAULT);
  }

  /**
   * @param reserved             the share of English originals kept back from the machine-translated budget for
   *     another detector that will be placed on the thresholds found (the garbled one)
   * @param reservedTranslations the same for the professional translations
   * @param web                  the bounds on real web pages (of which the garbled detector's share is reserved too
   *     when {@code reserved} is not 0)
   */
  public ThresholdFitter(Pattern translationBoundGroups, double reserved, double reservedTranslations, WebBounds web) {
    this.translationBoundGroups = translationBoundGroups;
    this.reserved = reserved;
    this.reservedTranslations = reservedTranslations;
    this.web = web;
    this.reservedWeb = reserved > 0 ? web.garbledShare() : 0;
  }

  /** Half the professional translations' machine-translated budget: the garbled detector's share of it. */
  public static double translationShare() {
    return MAX_FLAGGED_TRANSLATIONS / 2;
  }

  /** The thresholds, and how many professional translations and web pages bounded them. */
  public record Fitted(ScorerModel.Thresholds thresholds, int translations, int webPages) {}

  public Fitted fit(ScorerModel unthresholded, List<Item> texts) {
    ArticleScorer scorer = new ArticleScorer(unthresholded);
    Map<String, List<Double>> originalsByLength = new TreeMap<>();
    boolean anyOriginal = texts.stream().anyMatch(LengthStrata::isEnglishOriginal);
    for (Item i : texts) {
      if (anyOriginal ? LengthStrata.isEnglishOriginal(i) : i.label() == 0) {
        originalsByLength.computeIfAbsent(LengthStrata.of(i), k -> new ArrayList<>())
            .add(scorer.rescore(i.result()).mtProbability());
      }
    }
    double threshold = 0.5;
    double suspect = 0.05;
    for (Map.Entry<String, List<Double>> stratum : originalsByLength.entrySet()) {
      List<Double> originals = stratum.getValue();
      double suspectBound = SUMMARY_STRATA.contains(stratum.getKey()) ? MAX_SUSPECT_SUMMARIES : MAX_SUSPECT_ORIGINALS;
      threshold = Math.max(threshold,
          ScorerFitter.thresholdForFalsePositiveRate(originals, MAX_FLAGGED_ORIGINALS - reserved, 0.5));
      suspect = Math.max(suspect, ScorerFitter.thresholdForFalsePositiveRate(originals, suspectBound, 0.05));
    }
    // Human translations of foreign news are human text too: whole articles only (their excerpts carry
    // the transliterated names that make short texts look odd), at a bound of their own.
    List<Double> translations = translationBoundGroups == null ? List.of() : texts.stream()
        .filter(i -> LengthStrata.isProfessionalTranslation(i) && !LengthStrata.isExcerpt(i)
            && translationBoundGroups.matcher(i.group()).find())
        .map(i -> scorer.rescore(i.result()).mtProbability()).toList();
    if (!translations.isEmpty()) {
      threshold = Math.max(threshold,
          ScorerFitter.thresholdForFalsePositiveRate(translations, MAX_FLAGGED_TRANSLATIONS - reservedTranslations, 0.5));
      suspect = Math.max(suspect, ScorerFitter.thresholdForFalsePositiveRate(translations, MAX_SUSPECT_TRANSLATIONS, 0.05));
    }
    List<Double> pages = texts.stream().filter(LengthStrata::isWebPage)
        .map(i -> scorer.rescore(i.result()).mtProbability()).toList();
    if (!pages.isEmpty()) {
      threshold = Math.max(threshold,
          ScorerFitter.thresholdForFalsePositiveRate(pages, web.machineTranslated() - reservedWeb, 0.5));
      suspect = Math.max(suspect, ScorerFitter.thresholdForFalsePositiveRate(pages, web.suspect(), 0.05));
    }
    return new Fitted(new ScorerModel.Thresholds(threshold, Math.min(threshold, suspect)), translations.size(),
        pages.size());
  }
}
