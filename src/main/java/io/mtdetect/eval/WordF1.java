package io.mtdetect.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word F1 as WCXB (the Web Content eXtraction Benchmark) computes it, so mtdetect's figure is
 * comparable with the published ones: each text is a bag of lower-cased {@code \w+} tokens, a
 * page's precision and recall count the tokens the two bags share, and the benchmark's figure is
 * the mean of the pages' F1 (not F1 of mean precision and recall, as {@link ShingleMatch} does).
 * Two empty texts agree (F1 1); one empty text against a non-empty one scores 0.
 */
public final class WordF1 {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private WordF1() {}

  /** One page: shared tokens, tokens extracted, tokens in the truth. */
  public record Counts(int shared, int predicted, int truth) {
    public double precision() {
      return predicted == 0 ? (truth == 0 ? 1 : 0) : (double) shared / predicted;
    }

    public double recall() {
      return truth == 0 ? (predicted == 0 ? 1 : 0) : (double) shared / truth;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Counts compare(String truth, String predicted) {
    Map<String, Integer> t = bag(truth);
    Map<String, Integer> p = bag(predicted);
    int shared = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      shared += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    return new Counts(shared, size(p), size(t));
  }

  /** The mean of the pages' F1; 0 for no pages. */
  public static double meanF1(List<Counts> pages) {
    return pages.stream().mapToDouble(Counts::f1).average().orElse(0);
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }

  private static int size(Map<String, Integer> bag) {
    return bag.values().stream().mapToInt(Integer::intValue).sum();
  }
}
