package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Any bytes served as a page are parsed and either give an article (title and body text) or none;
 * the extractor never throws and never returns more text than the page holds. Inputs in
 * {@code ArticleExtractorFuzzTestInputs/}.
 */
class ArticleExtractorFuzzTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @FuzzTest(maxDuration = "5s")
  void anyPageGivesAnArticleOrNone(byte[] page) throws IOException {
    ExtractedPage extracted = extractor.extract(HtmlPages.parse(page, null, "https://example.org/news/1"));
    assertNotNull(extracted);
    if (extracted.hasBody()) {
      assertTrue(extracted.words() > 0, "a body has words");
      assertTrue(extracted.body().length() <= 2L * page.length + 16, "no more text than the page holds");
    }
  }
}
