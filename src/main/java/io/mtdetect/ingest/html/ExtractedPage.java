package io.mtdetect.ingest.html;

import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.WordCount;
import java.util.List;

/**
 * What {@link ArticleExtractor} found in a web page.
 *
 * @param title      the article's headline, or {@code null} when the page has none
 * @param paragraphs the body, one paragraph per entry, furniture removed; empty when no article body was found
 *                   (a paragraph without a single letter or digit is not kept: it is not prose)
 * @param method     where the body came from: {@code dom} (the page's markup) or {@code json-ld}
 *                   (the publisher's structured {@code articleBody})
 * @param looksLikeListing the page is a listing, product grid or the like, not an article ({@link ListingPages}):
 *                   whatever prose was found is not to be scored as an article
 * @param pageType   what kind of page it is ({@link PageTypes})
 * @param markup     what the markup says is code or a list, not prose ({@link PageMarkups})
 */
public record ExtractedPage(String title, List<String> paragraphs, String method, boolean looksLikeListing,
    PageType pageType, PageMarkup markup) {
  public static final String NO_BODY = "no article body found in the page";
  public static final String LISTING = "no article body (looks like a listing page)";

  public ExtractedPage {
    paragraphs = paragraphs.stream().filter(p -> WordCount.of(p) > 0).toList();
  }

  public ExtractedPage(String title, List<String> paragraphs, String method) {
    this(title, paragraphs, method, false, PageType.ARTICLE, PageMarkup.NONE);
  }

  /**
   * An article body to score: some prose, on a page that is not a listing; a product or listing page only
   * when it carries paragraphs of prose of its own (a review, a buyer's guide), never its item blurbs.
   */
  public boolean hasBody() {
    return noBodyReason() == null;
  }

  /** Why there is no body to score, in one line for users; null when there is one. */
  public String noBodyReason() {
    if (paragraphs.isEmpty()) {
      return NO_BODY;
    }
    if (looksLikeListing) {
      return LISTING;
    }
    if (pageType.needsProse() && !PageTypes.carriesProse(paragraphs)) {
      return "no article body (a " + pageType.label() + " page without paragraphs of prose)";
    }
    return null;
  }

  /** The body as mtdetect scores it: one paragraph per line. */
  public String body() {
    return String.join("\n", paragraphs);
  }

  public int words() {
    int words = 0;
    for (String p : paragraphs) {
      words += WordCount.of(p);
    }
    return words;
  }
}
