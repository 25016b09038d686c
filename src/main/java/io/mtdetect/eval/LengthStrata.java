package io.mtdetect.eval;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.score.ArticleScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled texts by length: whole articles, and the excerpts of their first K sentences that
 * {@code scripts/make-excerpts} labels with a group ending {@code /firstK}. Thresholds must hold, and
 * figures are reported, for each.
 */
public final class LengthStrata {
  private static final Pattern EXCERPT_GROUP = Pattern.compile("/first(\\d+)$");
  public static final String ARTICLE = "article";

  private LengthStrata() {}

  public static boolean isExcerpt(LabelledArticles.Item item) {
    return EXCERPT_GROUP.matcher(item.group()).find();
  }

  /** "article", or "first K" for an excerpt of K sentences. */
  public static String of(LabelledArticles.Item item) {
    Matcher m = EXCERPT_GROUP.matcher(item.group());
    return m.find() ? "first " + m.group(1) : ARTICLE;
  }

  /** The items by stratum, strata in name order ("article" first). */
  public static Map<String, List<LabelledArticles.Item>> split(List<LabelledArticles.Item> items) {
    Map<String, List<LabelledArticles.Item>> strata = new TreeMap<>();
    items.forEach(i -> strata.computeIfAbsent(of(i), k -> new ArrayList<>()).add(i));
    return strata;
  }

  /** Whether a human item is an English original (its group starts with "original"). */
  /** A professional (human) translation into English: WMT's references, groups {@code xx-en/human…}. */
  public static boolean isProfessionalTranslation(LabelledArticles.Item item) {
    return item.label() == 0 && PROFESSIONAL_GROUP.matcher(item.group()).find();
  }

  private static final java.util.regex.Pattern PROFESSIONAL_GROUP = java.util.regex.Pattern.compile("^[a-z]{2,3}-en/human");

  /**
   * Whether a human item is a real web page (group {@code web/<page type>}: WCXB's pages, docs/benchmark.md):
   * English originals of every page type, which bound the thresholds but are never fitted on.
   */
  public static boolean isWebPage(LabelledArticles.Item item) {
    return item.label() == 0 && item.group().startsWith("web/");
  }

  public static boolean isEnglishOriginal(LabelledArticles.Item item) {
    return item.label() == 0 && item.group().startsWith("original");
  }

  /**
   * One line per stratum: article AUC, and the English originals flagged machine-translated and not
   * clean, as the scorer scores the saved results.
   */
  public static String report(ArticleScorer scorer, List<LabelledArticles.Item> items) {
    StringBuilder out = new StringBuilder();
    split(items).forEach((stratum, list) -> {
      List<Metrics.Scored> scores = new ArrayList<>();
      FalseAlarms originals = FalseAlarms.NONE;
      for (LabelledArticles.Item i : list) {
        ArticleResult r = scorer.rescore(i.result());
        scores.add(new Metrics.Scored(r.mtProbability(), i.label()));
        if (isEnglishOriginal(i)) {
          originals = originals.plus(r.verdict());
        }
      }
      out.append(String.format(Locale.ROOT,
          "mtdetect: held-out %-9s %5d texts, AUC %.3f; English originals (%d): %.1f%% machine-translated, %.1f%% not clean%n",
          stratum, list.size(), Metrics.rocAuc(scores), originals.texts(), 100 * originals.machineTranslatedShare(),
          100 * originals.notCleanShare()));
    });
    return out.toString();
  }
}
