package io.mtdetect.ingest.html;

import io.mtdetect.core.Article;
import io.mtdetect.core.Article.TextLayout;
import io.mtdetect.ingest.InputItem;
import java.io.IOException;

/** A web page as an input item: its extracted body, or why it has none. */
public final class WebArticles {
  private final ArticleExtractor extractor = new ArticleExtractor();

  public InputItem fromPage(String id, String source, byte[] bytes, String charset, String baseUri) {
    ExtractedPage page;
    try {
      page = extractor.extract(HtmlPages.parse(bytes, charset, baseUri));
    } catch (IOException | RuntimeException e) {
      // jsoup rejects an unknown declared charset; anything else it parses, however broken.
      return new InputItem.Unreadable(id, source, "cannot parse the page: " + e.getMessage());
    }
    if (!page.hasBody()) {
      return new InputItem.Unreadable(id, source, page.noBodyReason());
    }
    return new InputItem.Readable(new Article(id, source, page.title(), page.body(), TextLayout.BODY_ONLY, null,
        baseUri, page.pageType().label(), page.markup()));
  }
}
