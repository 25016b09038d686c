package io.mtdetect.ingest.html;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article Readability4J (a port of Mozilla's Readability) finds in a page, as paragraphs
 * flattened the way {@link ArticleExtractor} flattens its own; empty when it finds none or fails.
 */
final class ReadabilityBody {
  private ReadabilityBody() {}

  static List<String> find(Document page) {
    List<String> paragraphs = new ArrayList<>();
    try {
      // Readability rewrites the document it is given: it works on its own parse of the page.
      Article article = new Readability4J(page.location(), page.outerHtml()).parse();
      Element content = article.getArticleContent();
      if (content != null) {
        ArticleExtractor.Flattener.flatten(content, paragraphs);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(); // a page it cannot handle: ours stands alone
    }
    return paragraphs;
  }
}
