package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTypesTest {
  private static final String PROSE = "<p>The council approved the new budget on Tuesday after a debate that lasted"
      + " most of the afternoon and ran well into the evening.</p>";

  private static PageType typeOf(String head, String body, String url) {
    return PageTypes.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url), url, false);
  }

  @Test
  void declaredTypesComeFirst() {
    assertEquals(PageType.FORUM, typeOf("<script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\"}</script>",
        PROSE, "https://example.org/news/1"));
    assertEquals(PageType.DOCUMENTATION, typeOf("<meta name=\"generator\" content=\"Docusaurus v3\">", PROSE,
        "https://example.org/blog/x"));
    assertEquals(PageType.PRODUCT, typeOf("<script type=\"application/ld+json\">{\"@type\": \"Product\"}</script>", PROSE,
        "https://example.org/chair"));
    assertEquals(PageType.ARTICLE, typeOf("<meta property=\"og:type\" content=\"article\">", PROSE,
        "https://example.org/2024/05/budget"));
  }

  @Test
  void anFaqIsNoForumAndAReviewWithProductMarkupIsAnArticle() {
    assertEquals(PageType.ARTICLE, typeOf("<script type=\"application/ld+json\">[{\"@type\": \"NewsArticle\"},"
        + "{\"@type\": \"FAQPage\", \"mainEntity\": [{\"@type\": \"Question\"}]}]</script>", PROSE, "https://example.org/a"));
    assertEquals(PageType.ARTICLE, typeOf("<script type=\"application/ld+json\">[{\"@type\": \"Article\"},"
        + "{\"@type\": \"Product\"}]</script>", PROSE, "https://example.org/review"));
  }

  @Test
  void addressesAndStructureDecideWhenNothingIsDeclared() {
    assertEquals(PageType.DOCUMENTATION, typeOf("", PROSE, "https://docs.example.org/install"));
    assertEquals(PageType.FORUM, typeOf("", PROSE, "https://example.org/forum/thread-42"));
    assertEquals(PageType.PRODUCT, typeOf("", PROSE, "https://shop.example.org/products/blue-chair"));
    assertEquals(PageType.LISTING, typeOf("", PROSE, "https://example.org/category/politics/"));
    assertEquals(PageType.DOCUMENTATION, typeOf("", PROSE + "<pre>a</pre><pre>b</pre><pre>c</pre>", "https://example.org/x"));
    assertEquals(PageType.PAGE, typeOf("", PROSE, "https://example.org/about-us"));
    assertEquals(PageType.ARTICLE, typeOf("<meta property=\"article:published_time\" content=\"2024-05-01\">", PROSE,
        "https://example.org/about-us"));
    // A saved page names its address in its canonical link.
    assertEquals(PageType.FORUM, PageTypes.of(Jsoup.parse("<html><head><link rel=\"canonical\" "
        + "href=\"https://example.org/forum/t/42\"></head><body>" + PROSE + "</body></html>"), null, false));
  }

  @Test
  void productAndListingPagesAreScoredOnlyWithProse() {
    String sentence = "The chair is made of recycled oak and comes with a ten-year guarantee against any defects. "
        + "It folds flat, so two of them fit in the boot of a small car, and the seat is wide enough for most adults.";
    ExtractedPage blurbs = new ExtractedPage("Chair", List.of("Blue chair", "In stock", "Free delivery"), "dom", false,
        PageType.PRODUCT, io.mtdetect.core.PageMarkup.NONE);
    assertFalse(blurbs.hasBody());
    assertEquals("no article body (a product page without paragraphs of prose)", blurbs.noBodyReason());
    ExtractedPage review = new ExtractedPage("Chair", List.of(sentence, sentence, sentence), "dom", false,
        PageType.PRODUCT, io.mtdetect.core.PageMarkup.NONE);
    assertTrue(review.hasBody());
    assertNull(review.noBodyReason());
    ExtractedPage article = new ExtractedPage("Chair", List.of("Blue chair"), "dom", false, PageType.ARTICLE,
        io.mtdetect.core.PageMarkup.NONE);
    assertTrue(article.hasBody(), "an article is scored however short");
  }
}
