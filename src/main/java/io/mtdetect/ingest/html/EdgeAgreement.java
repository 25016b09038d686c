package io.mtdetect.ingest.html;

import io.mtdetect.core.WordCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Trims the first and last paragraphs of our body that a second extractor (Readability) left out.
 *
 * <p>The two extractors fail differently in the middle of a page but most of their disagreement at
 * the edges of a body is furniture one of them kept: a call to action above the article, an author
 * box or a "get in touch" panel below it. Only the edges are trimmed, only while the second body is
 * a real opinion (at least half our words), and never more than a fifth of our words, so a second
 * extractor that lost part of the article cannot take much of it with it. The share was chosen on
 * WCXB's tune domains and the scrapinghub development pages (docs/benchmark.md).
 */
final class EdgeAgreement {
  static final double MIN_SECOND_OPINION = 0.5;
  static final double MAX_TRIMMED_SHARE = 0.2;

  private EdgeAgreement() {}

  static List<String> trim(List<String> ours, List<String> second) {
    String secondText = Text.wordKey(String.join(" ", second));
    int ourWords = WordCount.of(String.join(" ", ours));
    if (ours.size() < 2 || WordCount.of(secondText) < MIN_SECOND_OPINION * ourWords) {
      return ours;
    }
    int budget = (int) (MAX_TRIMMED_SHARE * ourWords);
    int first = 0;
    int last = ours.size(); // exclusive
    while (last - first > 1 && !secondText.contains(Text.wordKey(ours.get(last - 1)))) {
      int words = WordCount.of(ours.get(last - 1));
      if (words > budget) {
        break;
      }
      budget -= words;
      last--;
    }
    while (last - first > 1 && !secondText.contains(Text.wordKey(ours.get(first)))) {
      int words = WordCount.of(ours.get(first));
      if (words > budget) {
        break;
      }
      budget -= words;
      first++;
    }
    return first == 0 && last == ours.size() ? ours : new ArrayList<>(ours.subList(first, last));
  }
}
