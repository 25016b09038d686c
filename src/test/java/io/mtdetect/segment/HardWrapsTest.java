package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mtdetect.TestArticles;
import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
  private final Segmenter segmenter = io.mtdetect.pipeline.DefaultPipeline.segmenter();

  private static final String WRAPPED = String.join("\n",
      "Blinken Warns Russia to Halt Aggressive Moves Near Ukraine",
      "The U.S. ratcheted up threats to retaliate as it accused Russia of",
      "intensifying preparations for a possible invasion of Ukraine, in the",
      "latest signs that tensions over Moscow's military buildup on the",
      "border continue to spiral.",
      "",
      "Secretary of State Antony Blinken met his Russian counterpart, Sergei",
      "Lavrov, in Stockholm on Thursday.");

  @Test
  void aWrappedTextIsSegmentedAsItsParagraphs() {
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", WRAPPED));
    assertEquals("Blinken Warns Russia to Halt Aggressive Moves Near Ukraine", a.title());
    List<String> sentences = a.sentences().stream().map(Sentence::text).toList();
    assertEquals(List.of("The U.S. ratcheted up threats to retaliate as it accused Russia of intensifying preparations for a"
            + " possible invasion of Ukraine, in the latest signs that tensions over Moscow's military buildup on the border"
            + " continue to spiral.",
        "Secretary of State Antony Blinken met his Russian counterpart, Sergei Lavrov, in Stockholm on Thursday."),
        sentences);
    for (Sentence s : a.sentences()) {
      assertEquals(s.text(), a.article().text().substring(s.start(), s.end()), "offsets refer to the text as segmented");
    }
  }

  @Test
  void aParagraphToALineIsLeftAlone() {
    String text = String.join("\n",
        "Blinken met Lavrov in Stockholm on Thursday to warn that Russia would pay a heavy price if it attacked Ukraine,"
            + " officials said after the meeting",
        "the talks lasted an hour.");
    assertEquals(text, HardWraps.unwrap(text));
  }

  @Test
  void aListOfProductsIsNotWrappedProse() {
    String list = String.join("\n", "Chocolate Hazelnut Coffee", "$19.99", "Dark Roast Single-Serve Pods", "$15.99",
        "Coconut Caramel Single-Serve Pods", "$12.99");
    assertEquals(list, HardWraps.unwrap(list));
  }

  @Test
  void codeIsNeverJoined() {
    String script = String.join("\n",
        "#!/usr/bin/env bash",
        "# Scores every feed of the day and keeps the flagged articles; run it from",
        "# cron after the feeds are fetched, never while they are: a feed half",
        "# written reads as malformed, and the run would report it as one.",
        "for f in data/feeds/*.xml; do scripts/mtdetect score --format jsonl \"$f\" \\",
        "  --out \"$f.jsonl\"; done",
        "echo \"scored every feed of the day; the flagged ones are in flagged.txt\"");
    assertEquals(script, HardWraps.unwrap(script));
  }

  @Test
  void aPageWithMarkupIsLeftAlone() {
    Article plain = TestArticles.textFile("x", "no wrap here");
    assertSame(plain, HardWraps.unwrapped(plain));
  }
}
