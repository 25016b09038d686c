package io.mtdetect.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capitalised words of English-original news with their counts ({@code models/names.tsv}, built by
 * {@code scripts/build-lexicons}), and a near-miss look-up: the frequent word one edit (deletion,
 * insertion or substitution) away from a word the news never uses. Look-ups use the deletion
 * neighbourhood of the frequent words (SymSpell's idea), so each costs a few hash probes.
 */
public final class NameGazetteer {
  public static final String BUNDLED_RESOURCE = "/models/names.tsv";

  private final Map<String, Integer> counts;
  /** Deletion variant (and the word itself) → the most frequent name it comes from. */
  private final Map<String, String> byDeletion = new HashMap<>();
  private final int minNameCount;

  /**
   * @param counts       every known capitalised word and how often English news uses it
   * @param minNameCount how often a word must occur to be offered as the original of a near miss
   */
  public NameGazetteer(Map<String, Integer> counts, int minNameCount) {
    this.counts = Map.copyOf(counts);
    this.minNameCount = minNameCount;
    counts.entrySet().stream().filter(e -> e.getValue() >= minNameCount)
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .forEach(e -> {
          for (String variant : deletions(e.getKey(), true)) {
            byDeletion.putIfAbsent(variant, e.getKey());
          }
        });
  }

  public static NameGazetteer bundled(int minNameCount) {
    return new NameGazetteer(bundledCounts(), minNameCount);
  }

  /** How often English news writes each capitalised word ({@code models/names.tsv}). */
  public static Map<String, Integer> bundledCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : BundledLines.of(BUNDLED_RESOURCE)) {
      int tab = line.indexOf('\t');
      counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
    }
    return counts;
  }


  public int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /** The frequent word that {@code word} is one edit away from, if {@code word} itself is rare. */
  public Optional<String> nearMiss(String word, int maxOwnCount) {
    if (count(word) > maxOwnCount) {
      return Optional.empty();
    }
    for (String variant : deletions(word, true)) {
      String name = byDeletion.get(variant);
      if (name != null && !name.equals(word) && oneEditApart(word, name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The word and every string one deletion shorter (the first letter kept: names keep their initial). */
  private static List<String> deletions(String word, boolean withSelf) {
    List<String> out = new java.util.ArrayList<>(word.length() + 1);
    if (withSelf) {
      out.add(word);
    }
    for (int i = 1; i < word.length(); i++) {
      out.add(word.substring(0, i) + word.substring(i + 1));
    }
    return out;
  }

  /** Levenshtein distance exactly 1 (a shared deletion variant can also mean two substitutions). */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
