package io.mtdetect.ingest;

import io.mtdetect.ingest.html.HtmlPages;
import io.mtdetect.ingest.web.PageFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many items the inputs hold, for a progress line's time-left estimate: one per file or URL,
 * one per non-empty line of JSON Lines. Counting reads JSON Lines once more, which costs little
 * next to scoring. Unknown (stdin, an unreadable path) is -1.
 */
public final class InputCount {
  private InputCount() {}

  public static long estimate(List<String> specs) {
    long total = 0;
    for (String spec : specs) {
      long n = estimate(spec);
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }

  private static long estimate(String spec) {
    if (InputReader.STDIN.equals(spec)) {
      return -1;
    }
    if (PageFetcher.isUrl(spec)) {
      return 1;
    }
    try {
      Path path = Path.of(spec);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          return walk.filter(Files::isRegularFile).mapToLong(InputCount::fileItems).sum();
        }
      }
      return Files.isRegularFile(path) ? fileItems(path) : 1;
    } catch (IOException | RuntimeException e) { // includes UncheckedIOException and a bad path
      return -1;
    }
  }

  private static long fileItems(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return 0;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return countLines(file);
    }
    return name.endsWith(".txt") || name.endsWith(".text") || HtmlPages.isPage(file) ? 1 : 0;
  }

  private static long countLines(Path file) {
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (b > ' ') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines + (content ? 1 : 0);
  }
}
