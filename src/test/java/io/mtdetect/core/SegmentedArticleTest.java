package io.mtdetect.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentedArticleTest {
  private static SkippedLine line(String reason) {
    return new SkippedLine(0, 1, "x", reason);
  }

  @Test
  void summarisesWhatWasSetAsideMostFrequentFirst() {
    Article article = new Article("a", "a", null, "x", Article.TextLayout.HEADLINE_FIRST);
    SegmentedArticle segmented = new SegmentedArticle(article, null, List.of(),
        List.of(line("section-label"), line("code"), line("code"), line("code"), line("navigation")));
    assertEquals("3 code, 1 navigation, 1 section-label", segmented.skippedSummary());
    assertEquals("", new SegmentedArticle(article, null, List.of(), List.of()).skippedSummary());
  }
}
