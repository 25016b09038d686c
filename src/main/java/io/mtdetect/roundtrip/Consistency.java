package io.mtdetect.roundtrip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much of a sentence comes back unchanged from a round trip through a pivot language: text that
 * is already machine translation changes less when translated again (Nguyen-Son et al., NAACL 2021).
 * Three views of the same comparison: chrF, the word edit rate, and the share of content words kept.
 */
public final class Consistency {
  /** chrF's character orders and recall weight, as sacreBLEU's default. */
  private static final int CHRF_ORDER = 6;
  private static final double CHRF_BETA = 2;
  /** Words this long or longer count as content: function words are short in English. */
  private static final int CONTENT_WORD_LENGTH = 4;

  private Consistency() {}

  /** The three measures of one sentence against its round trip. */
  public record Measures(double chrF, double wordEditRate, double contentKept) {}

  public static Measures of(String original, String roundTrip) {
    return new Measures(chrF(original, roundTrip), wordEditRate(words(original), words(roundTrip)),
        contentKept(original, roundTrip));
  }

  /** Character n-gram F-score (orders 1–6, β = 2, white space ignored), from 0 to 1. */
  static double chrF(String hypothesis, String reference) {
    String h = hypothesis.replaceAll("\\s+", "");
    String r = reference.replaceAll("\\s+", "");
    double precision = 0;
    double recall = 0;
    int orders = 0;
    for (int n = 1; n <= CHRF_ORDER; n++) {
      Map<String, Integer> hg = grams(h, n);
      Map<String, Integer> rg = grams(r, n);
      int hTotal = hg.values().stream().mapToInt(Integer::intValue).sum();
      int rTotal = rg.values().stream().mapToInt(Integer::intValue).sum();
      if (hTotal == 0 || rTotal == 0) {
        continue;
      }
      int match = 0;
      for (Map.Entry<String, Integer> e : hg.entrySet()) {
        match += Math.min(e.getValue(), rg.getOrDefault(e.getKey(), 0));
      }
      precision += (double) match / hTotal;
      recall += (double) match / rTotal;
      orders++;
    }
    if (orders == 0) {
      return h.equals(r) ? 1 : 0;
    }
    precision /= orders;
    recall /= orders;
    double b2 = CHRF_BETA * CHRF_BETA;
    return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
  }

  private static Map<String, Integer> grams(String s, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= s.length(); i++) {
      out.merge(s.substring(i, i + n), 1, Integer::sum);
    }
    return out;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Word-level Levenshtein distance over the original's length (0: unchanged), capped at 1. */
  static double wordEditRate(List<String> original, List<String> roundTrip) {
    if (original.isEmpty()) {
      return roundTrip.isEmpty() ? 0 : 1;
    }
    int[] previous = new int[roundTrip.size() + 1];
    int[] current = new int[roundTrip.size() + 1];
    for (int j = 0; j <= roundTrip.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= original.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= roundTrip.size(); j++) {
        int substitution = previous[j - 1] + (original.get(i - 1).equals(roundTrip.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(1.0, (double) previous[roundTrip.size()] / original.size());
  }

  /** The share of the original's content words (and names) that the round trip still has; 1 with none. */
  static double contentKept(String original, String roundTrip) {
    Set<String> back = new HashSet<>(words(roundTrip));
    int content = 0;
    int kept = 0;
    for (String w : words(original)) {
      if (w.length() >= CONTENT_WORD_LENGTH) {
        content++;
        if (back.contains(w)) {
          kept++;
        }
      }
    }
    return content == 0 ? 1 : (double) kept / content;
  }
}
