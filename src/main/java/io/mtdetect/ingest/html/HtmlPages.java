package io.mtdetect.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads saved web pages: {@code .html}, {@code .htm}, and either gzipped. */
public final class HtmlPages {
  public static final List<String> EXTENSIONS = List.of(".html", ".htm", ".html.gz", ".htm.gz");

  private HtmlPages() {}

  public static boolean isPage(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** The page's bytes, uncompressed. */
  public static byte[] readBytes(Path path, int maxBytes) throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new PageTooLargeException(maxBytes);
      }
      return bytes;
    }
  }

  /**
   * Parses a page, taking its character set from the byte-order mark, the HTTP header when known,
   * or the page's {@code <meta charset>}, and UTF-8 otherwise.
   */
  public static Document parse(byte[] bytes, String charset, String baseUri) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri == null ? "" : baseUri);
  }

  /** The {@code charset} parameter of a Content-Type header value, or null when it has none. */
  public static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").strip();
      }
    }
    return null;
  }

  /** What a page over the limit is told, saved or fetched. */
  public static String tooLarge(int maxBytes) {
    return String.format(Locale.ROOT, "page too large (over the %.1f MB limit)", maxBytes / 1e6);
  }

  /** A page over the per-item size limit. */
  public static final class PageTooLargeException extends IOException {
    public PageTooLargeException(int maxBytes) {
      super(tooLarge(maxBytes));
    }
  }
}
