package io.mtdetect.signals;

import java.util.HashMap;
import java.util.Map;

/**
 * How often English-original news uses each of its 50,000 most frequent lower-cased words
 * ({@code models/words.tsv}, built by {@code scripts/build-lexicons}): the norm the lexical signal and
 * the foreign-word detector measure against.
 */
public record NewsWordCounts(Map<String, Long> counts, long total) {
  public static final String BUNDLED_RESOURCE = "/models/words.tsv";

  public NewsWordCounts {
    counts = Map.copyOf(counts);
  }

  public static NewsWordCounts bundled() {
    Map<String, Long> counts = new HashMap<>();
    long total = 0;
    for (String line : BundledLines.of(BUNDLED_RESOURCE)) {
      int tab = line.indexOf('\t');
      long n = Long.parseLong(line.substring(tab + 1));
      if (line.startsWith("<total>\t")) {
        total = n;
      } else {
        counts.put(line.substring(0, tab), n);
      }
    }
    return new NewsWordCounts(counts, total);
  }

  public boolean contains(String lowerCaseWord) {
    return counts.containsKey(lowerCaseWord);
  }
}
