package io.mtdetect.ingest;

/**
 * Size limits that keep one oversized item from exhausting memory. A news article is rarely above
 * 100 kB; anything over the limit is almost certainly not an article (a dump, a log, a binary).
 */
public record InputLimits(int maxArticleBytes) {
  public static final InputLimits DEFAULT = new InputLimits(10 * 1024 * 1024);

  String describe(long bytes) {
    return String.format(
        java.util.Locale.ROOT,
        "too large for one article (%.1f MB; the limit is %.1f MB)",
        bytes / 1e6,
        maxArticleBytes / 1e6);
  }
}
