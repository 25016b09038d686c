package io.mtdetect.core;

import java.util.Objects;

/**
 * One article as read from its source, before any analysis.
 *
 * @param id     stable identifier: the JSON Lines {@code id}, else the file name
 * @param source where it came from (path, {@code path:line}, or {@code -} for stdin)
 * @param title  the title when the source carries it separately, else {@code null}
 * @param text   the full text; every offset mtdetect reports points into this string
 * @param layout whether the text's first line is its headline
 * @param textFrom for feed items, which part of the item the text is: {@code content}, {@code page}
 *     (the linked page) or {@code summary}; {@code null} for other inputs
 * @param url    where the article is published, when the source says (a JSON Lines {@code url}, a page's
 *     address, a feed item's link); {@code null} otherwise
 */
public record Article(String id, String source, String title, String text, TextLayout layout, String textFrom,
    String url) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
  }

  public Article(String id, String source, String title, String text, TextLayout layout, String textFrom) {
    this(id, source, title, text, layout, textFrom, null);
  }

  public Article(String id, String source, String title, String text, TextLayout layout) {
    this(id, source, title, text, layout, null, null);
  }

  /** How the title relates to the text. */
  public enum TextLayout {
    /** Plain-text files: the first line that is not page furniture is the headline. */
    HEADLINE_FIRST,
    /** The text is body only (the title, if any, came in its own field). */
    BODY_ONLY
  }
}
