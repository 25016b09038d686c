package io.mtdetect.ingest.feed;

import io.mtdetect.core.Article;
import io.mtdetect.core.Article.TextLayout;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.WebArticles;
import io.mtdetect.ingest.web.PageFetcher;
import java.util.List;

/**
 * Turns a feed item into an article: the full content when the feed carries it, else the linked
 * page (when fetching is allowed and it works), else the summary. {@link Article#textFrom()} says
 * which, because a summary is a much weaker basis for a verdict than the article itself.
 */
public final class FeedArticles {
  public static final String FROM_CONTENT = "content";
  public static final String FROM_PAGE = "page";
  public static final String FROM_SUMMARY = "summary";

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final WebArticles webArticles = new WebArticles();
  private final PageFetcher fetcher;

  /** @param fetcher fetches linked pages; {@code null} never fetches */
  public FeedArticles(PageFetcher fetcher) {
    this.fetcher = fetcher;
  }

  public InputItem toInput(FeedItem item, String id, String source) throws InterruptedException {
    if (item.content() != null) {
      List<String> paragraphs = extractor.fragmentParagraphs(item.content());
      if (!paragraphs.isEmpty()) {
        return article(id, source, item, paragraphs, FROM_CONTENT);
      }
    }
    String pageProblem = null;
    if (fetcher != null && item.link() != null && PageFetcher.isUrl(item.link())) {
      try {
        PageFetcher.Fetched page = fetcher.fetch(item.link());
        InputItem fromPage = webArticles.fromPage(id, source, page.body(), page.charset(), page.finalUri().toString());
        if (fromPage instanceof InputItem.Readable readable) {
          Article a = readable.article();
          return new InputItem.Readable(new Article(id, source, item.title() != null ? item.title() : a.title(),
              a.text(), TextLayout.BODY_ONLY, FROM_PAGE, a.url(), a.pageType(), a.markup()));
        }
        pageProblem = ((InputItem.Unreadable) fromPage).reason();
      } catch (PageFetcher.FetchException e) {
        pageProblem = e.getMessage();
      }
    }
    if (item.summary() != null) {
      List<String> paragraphs = extractor.fragmentParagraphs(item.summary());
      if (!paragraphs.isEmpty()) {
        return article(id, source, item, paragraphs, FROM_SUMMARY);
      }
    }
    return new InputItem.Unreadable(id, source, "item has no text (no content or summary"
        + (pageProblem != null ? "; linked page: " + pageProblem : item.link() == null ? ", no link" : "") + ")");
  }

  private static InputItem article(String id, String source, FeedItem item, List<String> paragraphs, String from) {
    return new InputItem.Readable(new Article(id, source, item.title(), String.join("\n", paragraphs),
        TextLayout.BODY_ONLY, from, item.link()));
  }
}
