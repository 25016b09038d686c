package io.mtdetect.match.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dice similarity of two sentences' content stems (0–1), counting a near-miss spelling of a longer
 * word ("Poutin" / "Putin", "Lavrow" / "Lavrov") as most of a match, since round trips garble
 * names that way.
 */
public final class SentenceSimilarity {
  /** A near-miss spelling counts this much of an exact match. */
  static final double NEAR_MISS_CREDIT = 0.8;
  /**
   * Near misses are looked for only between sentences already this similar by exact stems: the
   * aligner compares every pair of sentences, and unrelated pairs are most of them.
   */
  static final double NEAR_MISS_FROM = 0.1;
  private static final int NEAR_MISS_MIN_LENGTH = 4;

  private SentenceSimilarity() {}

  public static double of(SentenceProfile a, SentenceProfile b) {
    int total = a.size() + b.size();
    if (a.size() == 0 || b.size() == 0) {
      return 0;
    }
    int exact = exactMatches(a.sortedStems(), b.sortedStems());
    double similarity = 2.0 * exact / total;
    if (exact == Math.min(a.size(), b.size()) || similarity < NEAR_MISS_FROM) {
      return similarity;
    }
    return 2 * (exact + NEAR_MISS_CREDIT * nearMisses(a, b)) / total;
  }

  private static int exactMatches(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int matches = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        matches++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return matches;
  }

  /** How many of a's words without an exact match are one edit away from one of b's. */
  private static int nearMisses(SentenceProfile a, SentenceProfile b) {
    Map<String, Integer> available = new HashMap<>();
    for (String stem : b.stems()) {
      available.merge(stem, 1, Integer::sum);
    }
    boolean[] unmatchedA = new boolean[a.size()];
    for (int i = 0; i < a.size(); i++) {
      Integer left = available.get(a.stems().get(i));
      if (left != null && left > 0) {
        available.put(a.stems().get(i), left - 1);
      } else {
        unmatchedA[i] = true;
      }
    }
    List<String> bWords = b.words();
    boolean[] used = new boolean[bWords.size()];
    for (int j = 0; j < bWords.size(); j++) {
      used[j] = available.getOrDefault(b.stems().get(j), 0) == 0;
    }
    int found = 0;
    for (int i = 0; i < unmatchedA.length; i++) {
      String word = a.words().get(i);
      if (!unmatchedA[i] || word.length() < NEAR_MISS_MIN_LENGTH) {
        continue;
      }
      for (int j = 0; j < bWords.size(); j++) {
        if (!used[j] && bWords.get(j).length() >= NEAR_MISS_MIN_LENGTH && EditDistance.withinOne(word, bWords.get(j))) {
          used[j] = true;
          found++;
          break;
        }
      }
    }
    return found;
  }
}
