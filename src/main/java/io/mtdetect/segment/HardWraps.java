package io.mtdetect.segment;

import io.mtdetect.core.Article;
import io.mtdetect.core.PageMarkup;
import java.util.regex.Pattern;

/**
 * Text wrapped at a fixed width (an e-mail, a newsletter, a text file, a page of a terminal: "…as it accused Russia
 * of \nintensifying preparations…"). Sentences never cross a line break, so every wrapped line would be scored as a
 * clause cut in two — the sign of a broken translation pipeline — and plain English read as machine-translated at
 * 1.000 (22 of 22 WMT21 originals wrapped at 72 columns, docs/benchmark.md). Such a text's wrapped lines are joined
 * into their paragraphs before segmentation.
 *
 * <p>A text is wrapped when its longest line has {@value #MIN_WIDTH} to {@value #MAX_WIDTH} characters (a text with a
 * paragraph to a line has longer lines, a list shorter ones) and at least {@value #MIN_CUTS} lines, {@value #MIN_CUT_SHARE} of those followed by another, are
 * full (at least {@value #FULL_LINE} of the longest line) and end inside a sentence: with a lower-case word or a
 * comma, or before a line that goes on in lower case (one at least does). In such a text a full line that does not end a sentence is joined to the next unless
 * either is code, the next opens a list item, or their indentation differs.
 */
final class HardWraps {
  static final int MAX_WIDTH = 160;
  /** Narrower texts are lists (a product and its price a line), not prose wrapped at a width. */
  static final int MIN_WIDTH = 50;
  static final int MIN_CUTS = 2;
  static final double MIN_CUT_SHARE = 0.25;
  static final double FULL_LINE = 0.6;

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•–]\\s|\\d{1,2}[.)]\\s|\\(?[a-z]\\)\\s)");

  private HardWraps() {}

  /** The article with its wrapped lines joined, or the article itself when it is not wrapped or has page markup. */
  static Article unwrapped(Article article) {
    if (article.markup() != PageMarkup.NONE) {
      return article;
    }
    String text = article.text();
    String joined = unwrap(text);
    if (joined.equals(text)) {
      return article;
    }
    return article.withText(joined);
  }

  static String unwrap(String text) {
    int width = widestLine(text);
    if (width > MAX_WIDTH || width < MIN_WIDTH) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    boolean[] join = new boolean[lines.length];
    int pairs = 0;
    int cuts = 0;
    int lowerCaseCuts = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].stripTrailing();
      String next = lines[i + 1];
      if (line.isBlank() || next.isBlank()) {
        continue;
      }
      pairs++;
      boolean full = line.length() >= FULL_LINE * width;
      // A heading in title case ends no sentence, yet nothing goes on from it.
      boolean insideSentence = !endsSentence(line) && !NameLists.isLineOfNames(line);
      boolean lowerNext = Character.isLowerCase(next.strip().codePointAt(0));
      if (full && insideSentence && (goesOn(line) || lowerNext)) {
        cuts++;
        lowerCaseCuts += lowerNext ? 1 : 0;
      }
      join[i] = full && insideSentence && !LIST_ITEM.matcher(next).lookingAt() && Segmenter.leadingSpace(line) == Segmenter.leadingSpace(next)
          && !isCode(line) && !isCode(next);
    }
    if (cuts < MIN_CUTS || cuts < MIN_CUT_SHARE * pairs || lowerCaseCuts == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0 && join[i - 1]) {
        out.append(' ').append(lines[i].strip());
      } else {
        if (i > 0) {
          out.append('\n');
        }
        out.append(join[i] ? lines[i].stripTrailing() : lines[i]);
      }
    }
    return out.toString();
  }

  /**
   * The length of the text's longest line, trailing white space left out. Measured before the text is split: most
   * texts (a paragraph to a line) are ruled out by it.
   */
  private static int widestLine(String text) {
    int widest = 0;
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      widest = Math.max(widest, end - start);
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return widest;
  }

  /** A line that ends with a lower-case word or a comma stops inside a sentence, not at a heading's end. */
  private static boolean goesOn(String line) {
    char last = line.charAt(line.length() - 1);
    return last == ',' || Character.isLowerCase(last);
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?:\"”’)]…".indexOf(last) >= 0;
  }

  private static boolean isCode(String line) {
    return NonProseLines.isCode(line) || CodeBlocks.looksLikeCode(line.strip());
  }
}
