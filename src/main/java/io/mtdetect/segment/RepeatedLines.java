package io.mtdetect.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short lines a page repeats: the template of a shop, a listing or a landing page ("In StockGet Details", "faster
 * time to market", "10K+ bought in past month" under every product). An editor does not write the same short line
 * {@value #MIN_REPEATS} times in one article (none of clean-news-dev's 238 articles, WMT21's 5,654 documents of
 * machine and professional translation, and one of BBC's 2,225 does), while scored as sentences a template's
 * fragments read as garbled translation. Lines of at most {@value #MAX_WORDS} words that occur {@value #MIN_REPEATS}
 * times or more are set aside as {@value #KIND}.
 */
final class RepeatedLines {
  static final String KIND = "repeated";
  static final int MIN_REPEATS = 3;
  static final int MAX_WORDS = 8;

  private RepeatedLines() {}

  static void markRepeated(List<String> lines, List<Optional<String>> kinds) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i).isEmpty()) {
        counts.merge(lines.get(i).strip(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (kinds.get(i).isEmpty() && counts.get(line) >= MIN_REPEATS && line.split("\\s+").length <= MAX_WORDS) {
        kinds.set(i, Optional.of(KIND));
      }
    }
  }
}
