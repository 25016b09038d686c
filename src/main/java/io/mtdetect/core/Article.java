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
 * @param pageType for web pages, what kind of page it is ({@code article}, {@code documentation}, {@code forum},
 *     {@code product}, {@code listing}, {@code page}); {@code null} for other inputs
 * @param markup   for web pages, what the markup says is code or a list rather than prose; {@link PageMarkup#NONE}
 *     for other inputs
 */
public record Article(String id, String source, String title, String text, TextLayout layout, String textFrom,
    String url, String pageType, PageMarkup markup) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
    markup = markup == null ? PageMarkup.NONE : markup;
  }

  public Article(String id, String source, String title, String text, TextLayout layout, String textFrom,
      String url, String pageType) {
    this(id, source, title, text, layout, textFrom, url, pageType, PageMarkup.NONE);
  }

  public Article(String id, String source, String title, String text, TextLayout layout, String textFrom,
      String url) {
    this(id, source, title, text, layout, textFrom, url, null);
  }

  public Article(String id, String source, String title, String text, TextLayout layout, String textFrom) {
    this(id, source, title, text, layout, textFrom, null, null);
  }

  public Article(String id, String source, String title, String text, TextLayout layout) {
    this(id, source, title, text, layout, null, null, null);
  }

  /**
   * The same article read with another text: what the segmenter's normalisations (joined hard wraps, plain spaces,
   * recased capitals) hand on, every other field kept.
   */
  public Article withText(String newText) {
    return new Article(id, source, title, newText, layout, textFrom, url, pageType, markup);
  }

  /** How the title relates to the text. */
  public enum TextLayout {
    /** Plain-text files: the first line that is not page furniture is the headline. */
    HEADLINE_FIRST,
    /** The text is body only (the title, if any, came in its own field). */
    BODY_ONLY
  }
}
