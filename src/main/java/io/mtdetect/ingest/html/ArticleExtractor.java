package io.mtdetect.ingest.html;

import io.mtdetect.core.WordCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a news page's headline and article body, leaving out menus, share bars, related links,
 * comment widgets and footers.
 *
 * <p>Two sources, checked against each other. The page's markup is scored the way Readability does
 * it (paragraph text and commas credited to the ancestors that hold them, discounted by link
 * density, with class and id names as a prior); the best container and its like-scored siblings are
 * then flattened into paragraphs, and paragraphs that are mostly links or known furniture are
 * dropped. Many publishers also embed the body as schema.org JSON-LD {@code articleBody}; that is
 * taken instead when it covers the markup's body, because it has no furniture at all. Readability4J
 * gives a second opinion: its body replaces ours when it finds far more prose, and otherwise the
 * edges of ours that it left out are trimmed ({@link EdgeAgreement}). Pages that look like listings
 * rather than articles are flagged ({@link ListingPages}). The extractor is measured with
 * {@code mtdetect extract --eval} (see docs/benchmark.md).
 */
public final class ArticleExtractor {
  /** Removed outright: never article text. A figure that holds a quotation is a pull quote: kept. */
  private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "button, input, select, textarea, label, nav, footer, aside, figure:not(:has(table, blockquote)), figcaption, picture, video, audio, "
      + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], [role=banner], "
      + "[role=dialog], [role=alert]";
  /** "overflow-hidden" (a CSS utility class) and "label-hidden" (a form field's label) hide none of the content. */
  private static final Pattern NEGATIVE_NAME = Pattern.compile(
      "(?:^|[-_\\s])(?:comments?|share|sharing|social|related|recommend(?:ed|ations)?|promo|sidebar|footer|"
          + "nav|navbar|navigation|menu|newsletter|subscribe|subscription|signup|advert|advertisement|ads?|"
          + "sponsor(?:ed)?|breadcrumbs?|tags|toolbar|popup|modal|cookie|banner|outbrain|taboola|more|popular|"
          + "trending|masthead|skip|paywall|bio|disclaimer|caption|credit|byline|author|meta|dateline|"
          + "timestamp|print|(?<!overflow-|overflow-[xy]-|label-)hidden|header|jump|read-?more|most-read|follow|rail)"
          + "(?:$|[-_\\s\\d])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE_NAME = Pattern.compile(
      "article|body|content|entry|hentry|main|page|post|text|blog|story|paragraph|prose|rich", Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE_CONTENT_NAME =
      Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING = Pattern.compile("h[1-6]");
  private static final Evaluator CODE = QueryParser.parse("pre, code");
  private static final Pattern HEADER_WORD = Pattern.compile("(?i)header");
  private static final Pattern SLUG_ID = Pattern.compile("[\\p{L}\\d]+(?:[-_][\\p{L}\\d]+){3,}");
  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!][^>]*>|&[a-zA-Z]+;|&#\\d+;");
  private static final Pattern STREAMED_CONTENT_ID = Pattern.compile("S:\\d+");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
      "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "address", "center", "figure", "details", "summary");
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
  private static final int SMALL_FORM_CHARS = 600;
  /** Readability's body is taken when it has more than this many times the words of ours. */
  private static final double READABILITY_FACTOR = 4;
  /** A heading that ends the article: the rest of the container is the site's other pages. */
  private static final Pattern END_MARKER = Pattern.compile(
      "(?i)^(?:(?:related|recent|popular|latest|more|recommended|trending|similar|top)(?: \\w+)? (?:posts|articles|stories|"
          + "news|videos|reads|guides|content)|read (?:this )?next|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy)"
          + "|all reads on this topic|leave a (?:reply|comment)|\\d* ?comments?|what others are reading|more from .{1,40}"
          + "|keep reading|testimonials|what (?:our )?(?:patients|clients|customers) say|about the authors?"
          + "|meet the (?:team|testers|authors?|experts?))(?: [\\w' ]{0,30})?[:.!]?$");
  /** An end-of-article heading counts only after this share of the text (a heading near the top is a section's). */
  private static final double END_MARKER_AFTER = 0.4;
  /** Substantial containers are kept even when their name looks like furniture ("main-content sidebar-layout"). */
  private static final int SUBSTANTIAL_CHARS = 1500;
  /** A pass that finds less than this is retried with fewer assumptions (Readability's threshold). */
  private static final int MIN_BODY_CHARS = 500;

  public ExtractedPage extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /** Extracts from a parsed page; the document is not modified. */
  public ExtractedPage extract(Document doc) {
    String title = Mojibake.repair(Titles.of(doc));
    Set<String> headlines = Titles.forms(doc);
    List<String> structured = JsonLdBody.find(doc).stream().map(Mojibake::repair).toList();
    List<String> dom = domBody(doc.clone(), headlines).stream().map(Mojibake::repair).toList();
    if (!structured.isEmpty() && JsonLdBody.covers(structured, dom)) {
      return new ExtractedPage(title, clean(structured, headlines), "json-ld", false,
          PageTypes.of(doc, doc.location(), false), PageMarkups.of(doc));
    }
    List<String> readability = ReadabilityBody.find(doc).stream().map(Mojibake::repair).toList();
    List<String> body = dom;
    String method = "dom";
    boolean readabilityHasProse = readability.stream().anyMatch(p -> p.length() >= ListingPages.PARAGRAPH_CHARS);
    if (readabilityHasProse
        && WordCount.of(String.join(" ", readability)) > READABILITY_FACTOR * WordCount.of(String.join(" ", dom))) {
      // Our container missed most of the article (or there is none): Readability's own search found far more.
      body = clean(readability, headlines);
      method = "readability";
    } else if (!readability.isEmpty()) {
      body = EdgeAgreement.trim(dom, readability);
    }
    boolean listing = ListingPages.looksLikeListing(doc, body);
    return new ExtractedPage(title, body, method, listing, PageTypes.of(doc, doc.location(), listing),
        PageMarkups.of(doc));
  }

  /**
   * Paragraphs of an HTML fragment that is all article (a feed item's content): no container to
   * find, only furniture to drop. Plain text is split at its line breaks.
   */
  public List<String> fragmentParagraphs(String fragment) {
    if (!LOOKS_LIKE_HTML.matcher(fragment).find()) {
      List<String> lines = new ArrayList<>();
      for (String line : fragment.split("\\R")) {
        String p = Text.normalizeSpace(line);
        if (!p.isEmpty()) {
          lines.add(p);
        }
      }
      return clean(lines, Set.of());
    }
    Document doc = Jsoup.parseBodyFragment(fragment);
    doc.body().select(NEVER_CONTENT).remove();
    removeHidden(doc.body());
    List<String> paragraphs = new ArrayList<>();
    Flattener.flatten(doc.body(), paragraphs);
    return clean(paragraphs, Set.of());
  }

  /**
   * Like Readability, retries with fewer assumptions when a pass finds too little: first without
   * removing furniture-named containers (some sites name the article's wrapper "rail" or
   * "widget"), then also without the name prior. The longest short result wins if none is long.
   */
  private List<String> domBody(Document page, Set<String> headlines) {
    List<String> best = List.of();
    int bestChars = -1;
    for (Pass pass : Pass.values()) {
      List<String> paragraphs = domBody(page.clone(), headlines, pass);
      int chars = paragraphs.stream().mapToInt(String::length).sum();
      if (chars >= MIN_BODY_CHARS) {
        return paragraphs;
      }
      if (chars > bestChars) {
        best = paragraphs;
        bestChars = chars;
      }
    }
    return best;
  }

  private enum Pass {
    STRICT(true, true),
    KEEP_NAMED(false, true),
    IGNORE_NAMES(false, false);

    final boolean removeNamed;
    final boolean weighNames;

    Pass(boolean removeNamed, boolean weighNames) {
      this.removeNamed = removeNamed;
      this.weighNames = weighNames;
    }
  }

  private List<String> domBody(Document doc, Set<String> headlines, Pass pass) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    removeSmallForms(body);
    body.select(NEVER_CONTENT).remove();
    removeHidden(body);
    if (pass.removeNamed) {
      removeFurnitureByName(body);
    }
    Map<Element, Double> scores = score(body, pass.weighNames);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    top = climbWhileShared(top, scores);
    top = widenToProse(top, ProseMeasure.of(body));
    List<Element> selected = withSiblings(top, scores.getOrDefault(top, 0.0), scores);
    List<String> paragraphs = new ArrayList<>();
    for (Element e : selected) {
      Flattener.flatten(e, paragraphs);
    }
    return clean(paragraphs, headlines);
  }

  private static void removeHidden(Element root) {
    for (Element e : root.select("[style]")) {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    for (Element e : root.select("[hidden]")) {
      // React's streaming render sends a page's content in <div hidden id="S:0"> and a script moves it
      // into place: hidden in the markup, shown in the browser.
      if (!STREAMED_CONTENT_ID.matcher(e.id()).matches()) {
        e.remove();
      }
    }
  }

  /**
   * A form with fields and little text is a newsletter, contact or search box; some frameworks wrap
   * the whole page in one form, which is kept.
   */
  private static void removeSmallForms(Element root) {
    for (Element form : root.select("form:has(input, textarea, select)")) {
      if (form.parent() != null && form.text().length() < SMALL_FORM_CHARS) {
        form.remove();
      }
    }
  }

  private static void removeFurnitureByName(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (e == root || tag.equals("article") || tag.equals("main") || tag.equals("p")) {
        continue;
      }
      String names = componentNames(e);
      if (HEADING.matcher(tag).matches() && linkDensity(e) < 0.5) {
        // A heading named "header" ("header-anchor-post", "et_pb_module_header") is a section's heading,
        // not the page's header; a heading that is a link is a teaser's title and stays a candidate.
        names = HEADER_WORD.matcher(names).replaceAll("");
      }
      if (names.isBlank() || !NEGATIVE_NAME.matcher(names).find() || inCode(e)) {
        continue;
      }
      // As in Readability (its "maybe a candidate" words): a name that also says "content", "body",
      // "main", "article" or "column" keeps it ("pg-rail__body"). The scoring prior's wider list ("post",
      // "page", "blog", "text") would keep "related-posts", "post-footer" and "blog-sidebar".
      if (MAYBE_CONTENT_NAME.matcher(names).find()) {
        continue;
      }
      boolean substantial = e.text().length() > SUBSTANTIAL_CHARS && linkDensity(e) < 0.3;
      if (!substantial) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /**
   * The class names and id that name a page component. An id of four or more words is an anchor
   * made from a heading's text ("why-you-need-more-sleep"), which says nothing about the component.
   */
  private static String componentNames(Element e) {
    String id = e.id();
    return SLUG_ID.matcher(id).matches() ? e.className() : e.className() + " " + id;
  }

  /** Syntax highlighters name a code listing's comments "comment" and its keywords "meta" or "tag". */
  private static boolean inCode(Element e) {
    return e.closest(CODE) != null;
  }

  /** Readability's credit propagation: each paragraph credits its parent fully, grandparent half, then less. */
  private static Map<Element, Double> score(Element root, boolean weighNames) {
    // Document order (jsoup nodes are equal only to themselves): equal scores then resolve to the first
    // candidate on the page, not to whatever identity hash codes this JVM happened to hand out.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      boolean paragraphLike = SCORED.contains(tag) || (tag.equals("div") && !hasBlockChild(e));
      if (!paragraphLike) {
        continue;
      }
      String text = Text.normalizeSpace(e.text());
      if (text.length() < 25) {
        continue;
      }
      double credit = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = e.parent();
      // Credit stops at <body>: <html> would bring the <head> (the page title) into the body.
      for (int level = 0; ancestor != null && level < 5 && ancestor != root.parent(); level++, ancestor = ancestor.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(ancestor, prior(ancestor, weighNames) + credit * share, (old, add) -> old + credit * share);
      }
    }
    return scores;
  }

  private static double prior(Element e, boolean weighNames) {
    double p = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = componentNames(e);
    if (weighNames && !names.isBlank()) {
      if (POSITIVE_NAME.matcher(names).find()) {
        p += 25;
      }
      if (NEGATIVE_NAME.matcher(names).find()) {
        p -= 25;
      }
    }
    if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
      p += 25;
    }
    return p;
  }

  /**
   * A body split over several sibling containers credits their common parent too; when the parent
   * scores close to the best child, the parent is the article.
   */
  private static Element climbWhileShared(Element top, Map<Element, Double> scores) {
    Element current = top;
    double score = scores.getOrDefault(top, 0.0);
    Element parent = current.parent();
    while (parent != null && !parent.normalName().equals("body")) {
      double parentScore = scores.getOrDefault(parent, 0.0);
      if (parentScore < score * 0.75) {
        break;
      }
      current = parent;
      score = Math.max(score, parentScore);
      parent = current.parent();
    }
    return current;
  }

  /**
   * A body split into many deeply nested sections (one wrapper per heading, as page builders write
   * them) credits no common ancestor: Readability's credit fades out five levels up. So the
   * container is widened to the ancestor below {@code <body>} (which would keep every block of the
   * page) with the most prose net of the other text it would add: {@link ProseMeasure#value}.
   */
  private static Element widenToProse(Element top, ProseMeasure measure) {
    Element best = top;
    double bestValue = measure.value(top);
    for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      double value = measure.value(a);
      if (value > bestValue) {
        best = a;
        bestValue = value;
      }
    }
    return best;
  }

  private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> selected = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        selected.add(sibling);
        continue;
      }
      double s = scores.getOrDefault(sibling, 0.0);
      if (s >= threshold) {
        selected.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = Text.normalizeSpace(sibling.text());
        double density = linkDensity(sibling);
        if ((text.length() > 80 && density < 0.25) || (text.length() > 0 && density == 0 && text.endsWith("."))) {
          selected.add(sibling);
        }
      }
    }
    return selected;
  }

  private static List<String> clean(List<String> paragraphs, Set<String> headlines) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    Map<String, Integer> seen = new HashMap<>();
    int total = paragraphs.stream().mapToInt(String::length).sum();
    FurnitureLines furniture = FurnitureLines.of(paragraphs);
    int sofar = 0;
    for (String p : paragraphs) {
      if (p.length() <= 60 && sofar >= END_MARKER_AFTER * total && END_MARKER.matcher(p).matches()) {
        break; // "Related articles", "Read this next": what follows is the site's, not the article's
      }
      sofar += p.length();
      if (furniture.matches(p)) {
        continue;
      }
      if (kept.isEmpty() && headlines.contains(Text.wordKey(p))) {
        continue; // the headline repeated at the top of the body
      }
      if (p.length() > 40 && seen.merge(p, 1, Integer::sum) > 1) {
        continue; // pull quotes and sticky teasers repeat a paragraph
      }
      kept.add(p);
    }
    return kept;
  }

  static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1, (double) linked / total);
  }

  /** Flattens a container into paragraphs: each block is one, runs of inline text between blocks are one. */
  static final class Flattener {
    /** Inline elements that hold code, keys or super- and subscripts: glued to their neighbours by design. */
    private static final Set<String> INLINE_CODE = Set.of("code", "kbd", "samp", "var", "tt", "sup", "sub");
    /** Words after which a sentence goes on into the next element ("head over to the <a>Kickstarter</a>"). */
    private static final Set<String> GOES_ON = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
        "from", "with", "and", "or", "our", "your", "their", "his", "her", "its", "my", "this", "that", "via", "is",
        "are", "was", "were", "be", "as", "see", "visit");
    private final List<String> out;
    private final StringBuilder run = new StringBuilder();
    private int linkedChars;

    private Flattener(List<String> out) {
      this.out = out;
    }

    static void flatten(Element root, List<String> out) {
      Flattener f = new Flattener(out);
      f.walk(root, false);
      f.flush();
    }

    private void walk(Element element, boolean inLink) {
      Node previous = null;
      for (Node child : element.childNodes()) {
        Node before = previous;
        previous = child;
        if (child instanceof TextNode text) {
          String t = text.getWholeText();
          run.append(t);
          if (inLink) {
            linkedChars += Text.normalizeSpace(t).length();
          }
        } else if (child instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("br")) {
            if (run.length() > 0 && run.charAt(run.length() - 1) == '\n') {
              flush(); // <br><br> separates paragraphs
            } else {
              run.append('\n');
            }
          } else if (isBlock(e)) {
            flush();
            walk(e, inLink);
            flush();
          } else {
            if (before instanceof Element glued && !isBlock(glued) && startsNewItem(glued, e)) {
              flush();
            }
            walk(e, inLink || tag.equals("a"));
          }
        }
      }
    }

    /**
     * Two inline elements with nothing between them, the first ending a sentence or a word and the second starting
     * with a capital: a template's fields that its style sheet lays out as blocks ({@code <span>Large sizes
     * available!</span><span>In Stock</span><a>Get Details</a>}), which read as one run-on line without it. Left
     * as they are: a word styled in pieces ({@code <b>W</b>ord}, {@code <span>AC</span><span>TUARIAL</span>}), a
     * sentence that goes on into a link after "the" or "to", and code, superscripts and keys ({@code
     * json.<code>JSONDecoder</code>}, {@code hook<sup>AUR</sup>}).
     */
    static boolean startsNewItem(Element first, Element second) {
      String end = first.wholeText();
      String start = second.wholeText();
      if (end.strip().length() < 2 || start.strip().length() < 2 || INLINE_CODE.contains(first.normalName())
          || INLINE_CODE.contains(second.normalName())) {
        return false;
      }
      char last = end.charAt(end.length() - 1);
      int next = start.codePointAt(0);
      if (!Character.isUpperCase(next) || Character.isUpperCase(last)) {
        return false;
      }
      if (".!?)".indexOf(last) >= 0) {
        return last != '.' || !Character.isLetter(end.charAt(end.length() - 2)) || end.strip().contains(" ");
      }
      return Character.isLetterOrDigit(last) && !GOES_ON.contains(lastWord(end));
    }

    private static String lastWord(String text) {
      int i = text.length();
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      return text.substring(i);
    }

    private void flush() {
      String text = Text.normalizeSpace(run.toString());
      if (!text.isEmpty()) {
        double density = (double) linkedChars / text.length();
        boolean linkList = density > 0.5 && !(density < 0.8 && text.length() > 200);
        if (!linkList) {
          out.add(text);
        }
      }
      run.setLength(0);
      linkedChars = 0;
    }
  }
}
