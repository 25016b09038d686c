package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String page(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/pages", name), StandardCharsets.UTF_8);
  }

  @Test
  void keepsTheArticleAndDropsMenusShareBarsAdsRelatedLinksCommentsAndFooter() throws IOException {
    ExtractedPage page = extractor.extract(page("news-with-furniture.html"), "https://example.org/budget");
    assertEquals("Council approves new budget for city parks", page.title());
    assertEquals("dom", page.method());
    List<String> body = page.paragraphs();
    assertEquals(4, body.size(), String.join("\n", body));
    assertTrue(body.get(0).startsWith("The city council approved a new budget on Tuesday"));
    assertTrue(body.get(3).startsWith("Work on the first projects"));
    String text = page.body();
    for (String furniture : List.of("Sport", "Share on Facebook", "Advertisement", "Related stories", "comments",
        "Finally some good news", "All rights reserved", "cookies", "analytics")) {
      assertFalse(text.contains(furniture), furniture);
    }
  }

  @Test
  void aPageOfLinksHasNoArticleBody() throws IOException {
    ExtractedPage page = extractor.extract(page("no-article.html"), null);
    assertFalse(page.hasBody(), page.body());
    assertEquals("Sections", page.title()); // <title> without the site name
  }

  @Test
  void prefersACompleteJsonLdArticleBodyButNotATruncatedOne() {
    String paragraphs = "<p>Prices rose by two percent in October, the statistics office said on Friday, the fastest pace this year.</p>"
        + "<p>Economists had expected a smaller rise, and the central bank is now likely to raise rates again in December.</p>"
        + "<p>Food and energy prices were the main drivers, while the cost of clothing fell for a third month.</p>";
    String complete = "Prices rose by two percent in October, the statistics office said on Friday, the fastest pace this year.\\n"
        + "Economists had expected a smaller rise, and the central bank is now likely to raise rates again in December.\\n"
        + "Food and energy prices were the main drivers, while the cost of clothing fell for a third month.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"%s\"}</script>"
        + "</head><body><div class=\"content\">" + paragraphs + "<p class=\"share\">Share this</p></div></body></html>";
    ExtractedPage fromJsonLd = extractor.extract(String.format(html, complete), null);
    assertEquals("json-ld", fromJsonLd.method());
    assertEquals(3, fromJsonLd.paragraphs().size());

    ExtractedPage truncated = extractor.extract(String.format(html, "Prices rose by two percent in October…"), null);
    assertEquals("dom", truncated.method());
    assertEquals(3, truncated.paragraphs().size());
  }

  @Test
  void feedContentFragmentsAndPlainTextBecomeParagraphs() {
    assertEquals(List.of("First paragraph.", "Second one, with a link."),
        extractor.fragmentParagraphs("<p>First paragraph.</p><script>x()</script><p>Second one, with <a href=\"#\">a link</a>.</p>"));
    assertEquals(List.of("Line one.", "Line two."), extractor.fragmentParagraphs("Line one.\n\nLine two.\n"));
  }
}
