package io.mtdetect.ingest.html;

import io.mtdetect.core.WordCount;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's type from what its publisher declares first (schema.org types in JSON-LD or microdata,
 * {@code og:type}, the generator of forum and documentation software), then from its address
 * ({@code /docs/}, {@code /forum/}, {@code /product/}, {@code /category/}) and structure (code blocks,
 * the listing test of {@link ListingPages}). Declared types win over addresses because content
 * management systems put "docs" or "shop" in many paths; forum, documentation and product declarations
 * win over a generic "Article", which some systems stamp on every page.
 */
public final class PageTypes {
  // Not "Question": FAQ pages of every kind declare their questions so; not "Review": shops declare their
  // customers' reviews of a Product so.
  private static final Pattern SCHEMA_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([A-Za-z]+)\"");
  private static final Pattern FORUM_TYPES = Pattern.compile("DiscussionForumPosting|QAPage");
  private static final Pattern DOCUMENTATION_TYPES = Pattern.compile("TechArticle|APIReference|SoftwareSourceCode");
  private static final Pattern PRODUCT_TYPES = Pattern.compile("Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer");
  private static final Pattern LISTING_TYPES = Pattern.compile("CollectionPage|ItemList|SearchResultsPage|OfferCatalog");
  private static final Pattern ARTICLE_TYPES = Pattern.compile(
      "NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|"
          + "ReportageNewsArticle|LiveBlogPosting|BackgroundNewsArticle|ReviewNewsArticle");
  private static final Pattern FORUM_SOFTWARE = Pattern.compile(
      "(?i)discourse|phpbb|vbulletin|xenforo|flarum|nodebb|mybb|invision|simple machines|vanilla|khoros|lithium");
  private static final Pattern DOCUMENTATION_SOFTWARE = Pattern.compile(
      "(?i)sphinx|docusaurus|mkdocs|gitbook|read the docs|vitepress|starlight|docsify|mintlify|antora|jsdoc|javadoc|doxygen|hugo.*docs|readme\\.io");
  private static final Pattern FORUM_PATH = Pattern.compile(
      "(?i)/(?:forums?|discussions?|threads?|t|questions|answers|boards?|viewtopic\\.php"
          + "|showthread\\.php|r/\\w+/comments)(?:/|$|\\?)|^(?:forums?|community|discuss|answers)\\.");
  private static final Pattern DOCUMENTATION_PATH = Pattern.compile(
      "(?i)/(?:docs?|documentation|manual|reference|api|apidocs|guides?|handbook|kb|knowledge-?base|help|wiki|tutorials?"
          + "|man)(?:/|$|\\.)|^(?:docs?|developers?|developer|wiki|help|support|learn)\\.");
  private static final Pattern PRODUCT_PATH = Pattern.compile(
      "(?i)/(?:products?|p|dp|item|items|shop/[^/]+/[^/]+|store/[^/]+|buy)(?:/|$)");
  private static final Pattern LISTING_PATH = Pattern.compile(
      "(?i)/(?:category|categories|tags?|topics|collections?|search|archives?|section|page/\\d+)(?:/|$|\\?)");
  /** Documentation reads as code between prose: this many code blocks. */
  private static final int CODE_BLOCKS = 3;

  private PageTypes() {}

  /**
   * @param page    the page as parsed (not modified)
   * @param url     the page's address, or null
   * @param listing whether {@link ListingPages} took it for a listing
   */
  public static PageType of(Document page, String url, boolean listing) {
    String declared = declaredTypes(page);
    String generator = page.select("meta[name=generator]").attr("content");
    String ogType = page.select("meta[property=og:type]").attr("content").strip().toLowerCase(Locale.ROOT);
    String host = "";
    String path = "";
    if (url == null || url.isBlank()) {
      // A saved page: it usually still names its address.
      url = page.select("link[rel=canonical]").attr("href");
      if (url.isBlank()) {
        url = page.select("meta[property=og:url]").attr("content");
      }
    }
    if (!url.isBlank()) {
      try {
        URI uri = URI.create(url.strip());
        host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        path = uri.getRawPath() == null ? "" : uri.getRawPath();
      } catch (IllegalArgumentException e) {
        // An address the page itself got wrong: its metadata and structure still say what it is.
      }
    }
    if (FORUM_TYPES.matcher(declared).find() || FORUM_SOFTWARE.matcher(generator).find()) {
      return PageType.FORUM;
    }
    if (DOCUMENTATION_TYPES.matcher(declared).find() || DOCUMENTATION_SOFTWARE.matcher(generator).find()) {
      return PageType.DOCUMENTATION;
    }
    boolean article = ARTICLE_TYPES.matcher(declared).find() || ogType.equals("article");
    if (!article && (PRODUCT_TYPES.matcher(declared).find() || ogType.contains("product"))) {
      return PageType.PRODUCT;
    }
    if (FORUM_PATH.matcher(path).find() || FORUM_PATH.matcher(host).find()) {
      return PageType.FORUM;
    }
    if (DOCUMENTATION_PATH.matcher(path).find() || DOCUMENTATION_PATH.matcher(host).find()
        || !article && page.select("pre").size() >= CODE_BLOCKS) {
      return PageType.DOCUMENTATION;
    }
    if (article) {
      return PageType.ARTICLE;
    }
    if (listing || LISTING_TYPES.matcher(declared).find() || LISTING_PATH.matcher(path).find()) {
      return PageType.LISTING;
    }
    if (PRODUCT_PATH.matcher(path).find()) {
      return PageType.PRODUCT;
    }
    boolean dated = !page.select(ListingPages.PUBLICATION_DATE + ", time[datetime]").isEmpty();
    return dated ? PageType.ARTICLE : PageType.PAGE;
  }

  /** Every schema.org type the page declares, in JSON-LD or microdata, separated by spaces. */
  private static String declaredTypes(Document page) {
    StringBuilder types = new StringBuilder();
    for (Element script : page.select("script[type=application/ld+json]")) {
      Matcher m = SCHEMA_TYPE.matcher(script.data());
      while (m.find()) {
        types.append(m.group(1)).append(' ');
      }
    }
    for (Element typed : page.select("[itemtype]")) {
      String type = typed.attr("itemtype");
      types.append(type.substring(type.lastIndexOf('/') + 1)).append(' ');
    }
    return types.toString();
  }

  /** A listing or product page carries prose when it has paragraphs that are sentences: at least this many. */
  static final int PROSE_PARAGRAPHS = 3;
  static final int PROSE_WORDS = 120;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*$");

  /** Paragraphs of a dozen words or more that end like sentences, enough of them to read as prose. */
  static boolean carriesProse(List<String> paragraphs) {
    int count = 0;
    int words = 0;
    for (String p : paragraphs) {
      int n = WordCount.of(p);
      if (n >= 12 && SENTENCE_END.matcher(p.strip()).find()) {
        count++;
        words += n;
      }
    }
    return count >= PROSE_PARAGRAPHS && words >= PROSE_WORDS;
  }
}
