package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.pipeline.DefaultPipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShoutedTextTest {
  /** News's counts: every casing lower-cased, and how often each word is written capitalised. */
  private final ShoutedText shouted = new ShoutedText(new ShoutedText.Lexicon(
      Map.ofEntries(Map.entry("the", 2_000_000L), Map.entry("us", 40_000L), Map.entry("russia", 30_000L),
          Map.entry("warned", 9_000L), Map.entry("on", 900_000L), Map.entry("wednesday", 8_000L),
          Map.entry("for", 700_000L), Map.entry("this", 300_000L), Map.entry("is", 900_000L),
          Map.entry("more", 200_000L), Map.entry("won't", 5_000L), Map.entry("go", 80_000L), Map.entry("to", 1_000_000L)),
      Map.of("The", 230_000, "Us", 188, "Russia", 29_000, "Wednesday", 7_900, "For", 20_000, "This", 40_000)));

  @Test
  void aTextInCapitalsIsReadInTheCaseNewsGivesEachWordOneCharacterForOne() {
    String text = "THE U.S. WARNED RUSSIA ON WEDNESDAY. \"FOR US, THIS IS MORE.\" KULEBA WON'T GO TO NATO.";
    String recased = shouted.recase(text);
    assertEquals("The U.S. warned Russia on Wednesday. \"For us, this is more.\" Kuleba won't go to NATO.", recased);
    assertEquals(text.length(), recased.length());
  }

  @Test
  void onlyATextInCapitalsThroughoutIsRecased() {
    assertTrue(ShoutedText.isShouted("THE MINISTER WARNED RUSSIA ON WEDNESDAY."));
    assertFalse(ShoutedText.isShouted("BREAKING: The minister warned Russia on Wednesday, officials said."));
    assertFalse(ShoutedText.isShouted("NATO AND THE EU"), "too short to tell");
    Article plain = new Article("a", "a", null, "The minister warned Russia on Wednesday, officials said.",
        Article.TextLayout.BODY_ONLY, null, null, null);
    assertSame(plain, shouted.recased(plain));
  }

  @Test
  void theSegmenterReadsAShoutedArticleAsItsOrdinaryCopy() {
    String text = "MOSCOW THREATENED ITS NEIGHBOUR ON WEDNESDAY. THE TALKS WILL RESUME IN JANUARY, OFFICIALS SAID.";
    SegmentedArticle segmented = DefaultPipeline.segmenter().segment(
        new Article("a", "a", null, text, Article.TextLayout.BODY_ONLY, null, null, null));
    assertEquals(2, segmented.sentences().size());
    assertEquals("Moscow threatened its neighbour on Wednesday.", segmented.sentences().get(0).text());
    assertEquals("The talks will resume in January, officials said.", segmented.sentences().get(1).text());
  }
}
