package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.signals.EnglishSpellers;
import org.junit.jupiter.api.Test;

class OtherLanguageLinesTest {
  private final OtherLanguageLines lines = new OtherLanguageLines(EnglishSpellers.bundled()::accepts);

  @Test
  void paragraphsOfOtherLanguagesAreSetAside() {
    assertTrue(lines.isOtherLanguage("Und ich muss sagen ich bin wirklich begeistert."));
    assertTrue(lines.isOtherLanguage("Le produit est arrivé rapidement et la qualité est très bonne pour le prix."));
    assertTrue(lines.isOtherLanguage("El envío fue rápido y el vendedor respondió todas mis preguntas."));
  }

  @Test
  void englishWithWordsLeftInAnotherLanguageIsNot() {
    // A garbled machine translation keeps most of its words English: that is evidence, not another language.
    assertFalse(lines.isOtherLanguage("The minister said that the garantian of the contract was signed by the two parts."));
    assertFalse(lines.isOtherLanguage("Secretary of USA of Antony State Blinken met the leaders in Kyiv on Tuesday."));
    assertFalse(lines.isOtherLanguage("pg_duckdb employs additional optimizations when reading parquet files from s3."));
    assertFalse(lines.isOtherLanguage("I didn't expect to have 2 MIMs to have such significant issues."));
  }

  @Test
  void namesAndShortLinesSayNothing() {
    assertFalse(lines.isOtherLanguage("Klare Kaufempfehlung!"));
    assertFalse(lines.isOtherLanguage("Charles de Gaulle met Francisco de la Vega in La Paz."));
  }

  @Test
  void aWebPageSetsTheLineAsideWithItsKindANewsTextKeepsIt() {
    String text = "The guitar came with no issues and plays well.\n"
        + "Heute kam endlich die von mir bestellte Gitarre, und ich bin wirklich begeistert.\n"
        + "Thomann's service is great as always.";
    SegmentedArticle page = DefaultPipeline.segmenter().segment(
        new Article("review", "review.html", null, text, Article.TextLayout.BODY_ONLY, null, null, "product"));
    assertEquals(2, page.sentences().size());
    assertEquals(1, page.skipped().size());
    assertEquals(OtherLanguageLines.KIND, page.skipped().get(0).reason());
    // In a news text a paragraph left untranslated is a broken pipeline's evidence: scored.
    SegmentedArticle news = DefaultPipeline.segmenter().segment(
        new Article("news", "news.txt", null, text, Article.TextLayout.BODY_ONLY));
    assertEquals(3, news.sentences().size());
    assertEquals(0, news.skipped().size());
  }
}
