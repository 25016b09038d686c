package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SkippedLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class SegmenterTest {
  private final Segmenter segmenter =
      io.mtdetect.pipeline.DefaultPipeline.segmenter();

  private static final String PAGE = String.join("\n",
      "Skip to content",
      "Politics",
      "Blinken warns Russia over Ukraine",
      "",
      "December 2, 2021",
      "By Humeyra Pamuk and Johan Ahlander",
      "Blinken met Lavrov in Stockholm. He warned of serious costs.",
      "",
      "“We do not want conflict,” Lavrov said.",
      "Related Articles",
      "Back to top button");

  @Test
  void takesHeadlineDropsFurnitureAndKeepsOffsets() {
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("page", PAGE));
    assertEquals("Blinken warns Russia over Ukraine", a.title());
    List<Sentence> s = a.sentences();
    assertEquals(3, s.size());
    assertEquals("Blinken met Lavrov in Stockholm.", s.get(0).text());
    assertEquals("He warned of serious costs.", s.get(1).text());
    assertEquals(0, s.get(0).paragraph());
    assertEquals(1, s.get(2).paragraph());
    for (Sentence sentence : s) {
      assertEquals(sentence.text(), PAGE.substring(sentence.start(), sentence.end()));
    }
    List<String> skipped = a.skipped().stream().map(SkippedLine::text).toList();
    assertEquals(List.of("Skip to content", "Politics", "December 2, 2021", "By Humeyra Pamuk and Johan Ahlander",
        "Related Articles", "Back to top button"), skipped);
    for (SkippedLine line : a.skipped()) {
      assertEquals(line.text(), PAGE.substring(line.start(), line.end()));
    }
  }

  @Test
  void firstLineThatReadsAsProseIsScoredWithoutATitle() {
    String lede = "US Secretary of State Antony Blinken has met face to face with Russian Foreign Minister "
        + "Sergei Lavrov to warn Russia that it will suffer serious consequences if it launches a new attack.";
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", lede + "\nThe talks lasted an hour."));
    assertEquals(2, a.sentences().size());
    assertNull(a.title(), "a paragraph is no title");
    SegmentedArticle shortLede = segmenter.segment(TestArticles.textFile("y",
        "The minister resigned on Monday.\nHer party thanked her."));
    assertNull(shortLede.title(), "a sentence with its full stop is no title");
    assertEquals(2, shortLede.sentences().size());
    SegmentedArticle headline = segmenter.segment(TestArticles.textFile("z",
        "Minister resigns after talks in the U.S.\nHer party thanked her."));
    assertEquals("Minister resigns after talks in the U.S.", headline.title());
    assertEquals(1, headline.sentences().size());
    assertTrue(Segmenter.readsAsHeadline("Why did the talks fail?"));
    assertFalse(Segmenter.readsAsHeadline("Talks fail..."));
  }

  @Test
  void keepsDisclosureFootersAsText() {
    SegmentedArticle a = TestArticles.body(
        "USTimeToday is an automatic aggregator of the all world’s media. All trademarks belong to their owners.");
    assertEquals(2, a.sentences().size());
    assertTrue(a.skipped().isEmpty());
  }
}
