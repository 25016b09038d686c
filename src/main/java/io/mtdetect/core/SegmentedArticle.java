package io.mtdetect.core;

import java.util.List;

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
}
