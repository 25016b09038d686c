package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLinesTest {
  private final Segmenter segmenter = io.mtdetect.pipeline.DefaultPipeline.segmenter();

  @Test
  void aShopsTemplateLinesAreSetAside() {
    String page = String.join("\n",
        "We stock every major brand of sharpening stone in a variety of sizes.",
        "Diamond sharpening stones",
        "In stock, get details",
        "Japanese water stones",
        "In stock, get details",
        "Angle guided sharpeners",
        "In stock, get details",
        "Orders ship within two working days.");
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", page));
    assertEquals(3, a.skipped().stream().filter(l -> l.reason().equals(RepeatedLines.KIND)).count());
    assertEquals("Orders ship within two working days.", a.sentences().get(a.sentences().size() - 1).text());
  }

  @Test
  void twiceIsNoTemplateAndLongLinesStay() {
    String article = String.join("\n",
        "The minister said the talks would go on.",
        "No deal.",
        "The opposition said the talks had already failed and that the minister knew it.",
        "No deal.",
        "The opposition said the talks had already failed and that the minister knew it.",
        "The opposition said the talks had already failed and that the minister knew it.");
    List<String> sentences = segmenter.segment(TestArticles.textFile("x", article)).sentences().stream()
        .map(Sentence::text).toList();
    assertEquals(6, sentences.size());
  }
}
