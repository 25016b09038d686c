package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import org.junit.jupiter.api.Test;

class SpaceSeparatorsTest {
  @Test
  void otherSpacesReadAsPlainOnesOneForOne() {
    String text = "Blinken\u00a0met\u202fLavrov\u2009in Stockholm.";
    String plain = SpaceSeparators.plain(text);
    assertEquals("Blinken met Lavrov in Stockholm.", plain);
    assertEquals(text.length(), plain.length());
  }

  @Test
  void aTextWithoutThemIsTheSameInstance() {
    String text = "Blinken met Lavrov in Stockholm.";
    assertSame(text, SpaceSeparators.plain(text));
  }

  @Test
  void offsetsStillPointIntoTheTextAsRead() {
    String text = "The\u00a0talks\u00a0lasted\u00a0an\u00a0hour. Both\u00a0sides\u00a0called\u00a0them\u00a0useful.";
    SegmentedArticle a = io.mtdetect.pipeline.DefaultPipeline.segmenter().segment(TestArticles.textFile("x", text));
    assertEquals(2, a.sentences().size());
    Sentence second = a.sentences().get(1);
    assertEquals("Both sides called them useful.", second.text());
    assertEquals(text.substring(second.start(), second.end()).replace('\u00a0', ' '), second.text());
  }
}
