package io.mtdetect.ingest.html;

import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads {@link PageMarkup} from a page: code blocks, list items and table cells that are not sentences, and
 * the words set in code. Segmentation then sets those lines aside as {@code code} or {@code list-item}, and the
 * spelling signals do not count an identifier the page itself marks as code.
 */
final class PageMarkups {
  private static final String CODE_BLOCKS = "pre, .highlight, .codehilite, .sourceCode, .code-block, .codeblock";
  private static final String INLINE_CODE = "code, kbd, samp, var, tt";
  private static final String CELLS = "li, td, th, dt, dd";
  /** Blocks whose text is this share code are code, however they are tagged ({@code <p><code>…</code></p>}). */
  private static final double CODE_SHARE = 0.8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]{2,}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]]*$");
  /**
   * The body of a post, as forum and Q&A software marks it: schema.org's text of a comment, answer, question or
   * forum posting, XenForo's bbWrapper, Stack Exchange's s-prose, phpBB's and others' post bodies, Discourse's cooked.
   */
  private static final String POST_BODIES = String.join(", ",
      "[itemtype~=schema.org/(Comment|Answer|Question|DiscussionForumPosting)] [itemprop=text]",
      ".bbWrapper, .message-body, .messageContent, .s-prose, .postbody, .post-body, .post_body, .postcontent, .post-content",
      ".comment-body, .cooked");
  /** A list item or cell reads as a sentence from this many words with final punctuation. */
  private static final int SENTENCE_WORDS = 6;

  private PageMarkups() {}

  static PageMarkup of(Document page) {
    Element body = page.body();
    if (body == null) {
      return PageMarkup.NONE;
    }
    List<String> code = new ArrayList<>();
    for (Element block : body.select(CODE_BLOCKS)) {
      add(code, block.wholeText());
    }
    // Only the blocks that hold code are measured: each inline code element's nearest block.
    Set<Element> measured = new HashSet<>();
    for (Element inline : body.select(INLINE_CODE)) {
      Element block = inline.parent();
      while (block != null && !ArticleExtractor.isBlock(block)) {
        block = block.parent();
      }
      if (block != null && measured.add(block) && !block.normalName().equals("pre")) {
        int chars = block.text().length();
        int codeChars = block.select(INLINE_CODE).stream().mapToInt(c -> c.text().length()).sum();
        if (chars > 0 && codeChars >= CODE_SHARE * chars) {
          add(code, block.wholeText());
        }
      }
    }
    Set<String> listItems = new HashSet<>();
    for (Element cell : body.select(CELLS)) {
      String text = text(cell.wholeText());
      if (!text.isEmpty() && !readsAsSentence(text)) {
        listItems.add(text);
      }
    }
    Set<String> identifiers = new HashSet<>();
    for (Element inline : body.select(INLINE_CODE)) {
      Matcher m = WORD.matcher(inline.text());
      while (m.find()) {
        identifiers.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return new PageMarkup(code, listItems, identifiers, posts(body));
  }

  /** The text of each post body, outermost only (a body's inner wrapper is the same post), in page order. */
  private static List<String> posts(Element body) {
    Elements bodies = body.select(POST_BODIES);
    Set<Element> all = new HashSet<>(bodies);
    List<String> posts = new ArrayList<>();
    for (Element post : bodies) {
      if (post.parents().stream().noneMatch(all::contains)) {
        add(posts, post.wholeText());
      }
    }
    return posts;
  }

  static boolean readsAsSentence(String text) {
    return WordCount.of(text) >= SENTENCE_WORDS && SENTENCE_END.matcher(text).find();
  }

  private static void add(List<String> code, String raw) {
    String text = text(raw);
    if (!text.isEmpty()) {
      code.add(text);
    }
  }

  /** As the extractor writes paragraphs: whitespace collapsed, mis-decoded characters repaired. */
  private static String text(String raw) {
    return Mojibake.repair(Text.normalizeSpace(raw));
  }
}
