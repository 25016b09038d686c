package io.mtdetect.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level extraction accuracy as the article-extraction benchmark (scrapinghub, MIT) computes it,
 * so mtdetect's figure is comparable with the published ones: texts are cut into {@code \w+} tokens,
 * compared as multisets of 4-token shingles, each page's true/false positives and false negatives
 * are normalised to sum to 1, precision and recall are averaged over pages, and F1 is taken from the
 * two averages.
 */
public final class ShingleMatch {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private ShingleMatch() {}

  /** One page's normalised true positives, false positives and false negatives. */
  public record Counts(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Averages over pages. */
  public record Summary(double f1, double precision, double recall, int pages) {}

  public static Counts compare(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  public static Summary summarise(List<Counts> pages) {
    double precision = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(Counts::precision).average().orElse(0);
    double recall = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(Counts::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(f1, precision, recall, pages.size());
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    // As in the benchmark, a text shorter than one shingle is one (shorter) shingle.
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> window = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!window.isEmpty()) {
        counts.merge(String.join(" ", window), 1, Integer::sum);
      }
    }
    return counts;
  }
}
