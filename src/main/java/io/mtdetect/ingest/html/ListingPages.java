package io.mtdetect.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells a listing page (a section front, a product grid, a category or search page) from an
 * article: its extracted "body" is a small part of the page's text and holds few real paragraphs,
 * the page is made of links (much of its text is linked, or it has several linked headlines: teaser
 * cards), and the publisher neither marks it up as an article nor gives it a publication date.
 * Scoring such a page would score teasers and menus as if they were prose.
 *
 * <p>Refusing an article loses it, while letting a listing through only scores some menus, so the
 * rule is kept conservative: the thresholds were chosen on the half of WCXB's development pages whose
 * domains hash to "tune" as the rule refusing the most listing, collection and product pages with no
 * article refused there <em>even when every threshold is loosened by half</em> (a first rule fitted
 * without that margin refused no tune article but 1.2% of the held-out ones). Measured on the other
 * half with {@code extract --eval --domains held} (docs/benchmark.md).
 */
final class ListingPages {
  /** The body is less than this share of the page's visible text. */
  static final double MAX_BODY_SHARE = 0.15;
  /** And has fewer than this many paragraphs of {@value #PARAGRAPH_CHARS} characters or more. */
  static final int MAX_PARAGRAPHS = 3;
  static final int PARAGRAPH_CHARS = 80;
  /** And more than this share of the page's visible text is link text... */
  static final double MIN_LINKED_SHARE = 0.25;
  /** ...or it has at least this many linked headings (teaser cards). */
  static final int MIN_LINKED_HEADINGS = 4;
  private static final String LINKED_HEADING = "h2:has(a), h3:has(a), h4:has(a), a h2, a h3, a h4";
  static final String PUBLICATION_DATE = "meta[property=article:published_time], "
      + "meta[name=article:published_time], [itemprop=datePublished]";
  private static final Pattern ARTICLE_TYPE = Pattern.compile(
      "\"@type\"\\s*:\\s*\\[?\\s*\"(?:NewsArticle|Article|BlogPosting|Report|TechArticle|ScholarlyArticle|"
          + "AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|LiveBlogPosting)\"");

  private ListingPages() {}

  /** {@code page} as parsed (unmodified), {@code body} the paragraphs extracted from it. */
  static boolean looksLikeListing(Document page, List<String> body) {
    if (body.isEmpty() || markedAsArticleOrDated(page)) {
      return false;
    }
    long paragraphs = body.stream().filter(p -> p.length() >= PARAGRAPH_CHARS).count();
    if (paragraphs >= MAX_PARAGRAPHS) {
      return false;
    }
    Element visible = visibleText(page);
    int visibleChars = visible.text().length();
    int bodyChars = body.stream().mapToInt(String::length).sum();
    if (bodyChars >= MAX_BODY_SHARE * visibleChars) {
      return false;
    }
    int linkedChars = visible.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return linkedChars > MIN_LINKED_SHARE * visibleChars || visible.select(LINKED_HEADING).size() >= MIN_LINKED_HEADINGS;
  }

  /** The publisher says it is an article: og:type, a JSON-LD article type, or a publication date. */
  private static boolean markedAsArticleOrDated(Document page) {
    if ("article".equalsIgnoreCase(page.select("meta[property=og:type]").attr("content").strip())
        || !page.select(PUBLICATION_DATE).isEmpty()) {
      return true;
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      if (ARTICLE_TYPE.matcher(script.data()).find()) {
        return true;
      }
    }
    return false;
  }

  private static Element visibleText(Document page) {
    Element body = page.body();
    if (body == null) {
      return new Element("body");
    }
    Element copy = body.clone();
    copy.select("script, style, noscript, template, svg").remove();
    return copy;
  }
}
