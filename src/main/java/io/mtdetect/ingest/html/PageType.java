package io.mtdetect.ingest.html;

import java.util.Locale;

/**
 * What kind of web page an input is, as {@link PageTypes} reads it from the page's metadata, address and
 * structure. The type decides what a verdict means: articles, documentation, forum threads and other prose
 * pages are scored; a listing or product page is refused unless it carries prose (docs/output.md).
 */
public enum PageType {
  ARTICLE,
  DOCUMENTATION,
  FORUM,
  PRODUCT,
  LISTING,
  /** Any other page: a company's service page, an "about" page, a landing page. */
  PAGE;

  /** The name in records: {@code article}, {@code documentation}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Pages that are scored only when they carry prose of their own. */
  public boolean needsProse() {
    return this == PRODUCT || this == LISTING;
  }
}
