package io.mtdetect.ingest.html;

import java.util.List;

/**
 * What {@link ArticleExtractor} found in a web page.
 *
 * @param title      the article's headline, or {@code null} when the page has none
 * @param paragraphs the body, one paragraph per entry, furniture removed; empty when no article body was found
 *                   (a paragraph without a single letter or digit is not kept: it is not prose)
 * @param method     where the body came from: {@code dom} (the page's markup) or {@code json-ld}
 *                   (the publisher's structured {@code articleBody})
 */
public record ExtractedPage(String title, List<String> paragraphs, String method) {
  public ExtractedPage {
    paragraphs = paragraphs.stream().filter(p -> Text.wordCount(p) > 0).toList();
  }

  public boolean hasBody() {
    return !paragraphs.isEmpty();
  }

  /** The body as mtdetect scores it: one paragraph per line. */
  public String body() {
    return String.join("\n", paragraphs);
  }

  public int words() {
    int words = 0;
    for (String p : paragraphs) {
      words += Text.wordCount(p);
    }
    return words;
  }
}
