package io.mtdetect.core;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An article split into scorable sentences.
 *
 * @param title     the headline (from the source's title field or the text's first line), may be null
 * @param sentences the body sentences in reading order; {@code index} equals list position
 * @param skipped   lines dropped as boilerplate, reported so nothing disappears silently
 */
public record SegmentedArticle(
    Article article, String title, List<Sentence> sentences, List<SkippedLine> skipped) {
  public SegmentedArticle {
    sentences = List.copyOf(sentences);
    skipped = List.copyOf(skipped);
  }

  /** What was set aside, most frequent kind first: "14 code, 2 section-label"; empty when nothing was. */
  public String skippedSummary() {
    Map<String, Long> counts = skipped.stream()
        .collect(Collectors.groupingBy(SkippedLine::reason, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
