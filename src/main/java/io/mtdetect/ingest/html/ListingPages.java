package io.mtdetect.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells a listing page (a section front, a product grid, a category or search page) from an
 * article: its extracted "body" is a small part of the page's text and holds few real paragraphs,
 * and the publisher does not mark the page up as an article. Scoring such a page would score
 * teasers and menus as if they were prose.
 *
 * <p>The two thresholds were chosen on the half of WCXB's development pages whose domains hash to
 * "tune" (the most listing, collection and product pages refused with no article refused there) and
 * are measured on the other half ({@code extract --eval --domains held}; docs/benchmark.md).
 */
final class ListingPages {
  /** The body is less than this share of the page's visible text. */
  static final double MAX_BODY_SHARE = 0.25;
  /** And has fewer than this many paragraphs of {@value #PARAGRAPH_CHARS} characters or more. */
  static final int MAX_PARAGRAPHS = 5;
  static final int PARAGRAPH_CHARS = 80;
  private static final Pattern ARTICLE_TYPE = Pattern.compile(
      "\"@type\"\\s*:\\s*\\[?\\s*\"(?:NewsArticle|Article|BlogPosting|Report|TechArticle|ScholarlyArticle|"
          + "AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|LiveBlogPosting)\"");

  private ListingPages() {}

  /** {@code page} as parsed (unmodified), {@code body} the paragraphs extracted from it. */
  static boolean looksLikeListing(Document page, List<String> body) {
    if (body.isEmpty() || markedUpAsArticle(page)) {
      return false;
    }
    long paragraphs = body.stream().filter(p -> p.length() >= PARAGRAPH_CHARS).count();
    if (paragraphs >= MAX_PARAGRAPHS) {
      return false;
    }
    int bodyChars = body.stream().mapToInt(String::length).sum();
    return bodyChars < MAX_BODY_SHARE * visibleTextLength(page);
  }

  private static boolean markedUpAsArticle(Document page) {
    if ("article".equalsIgnoreCase(page.select("meta[property=og:type]").attr("content").strip())) {
      return true;
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      if (ARTICLE_TYPE.matcher(script.data()).find()) {
        return true;
      }
    }
    return false;
  }

  private static int visibleTextLength(Document page) {
    Element body = page.body();
    if (body == null) {
      return 0;
    }
    Element copy = body.clone();
    copy.select("script, style, noscript, template, svg").remove();
    return copy.text().length();
  }
}
