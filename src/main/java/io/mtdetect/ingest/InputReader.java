package io.mtdetect.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.Article.TextLayout;
import io.mtdetect.core.Article;
import io.mtdetect.ingest.html.HtmlPages;
import io.mtdetect.ingest.html.WebArticles;
import io.mtdetect.ingest.web.PageFetcher;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs (files, directories, JSON Lines, {@code -} for stdin) into a lazy
 * sequence of {@link InputItem}s. Problems with one item become an {@link InputItem.Unreadable}
 * and reading goes on, so one bad file never loses the others. JSON Lines files are streamed.
 */
public final class InputReader implements Iterator<InputItem>, Closeable {
  public static final String STDIN = "-";
  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text");
  private static final List<String> JSONL_EXTENSIONS = List.of(".jsonl", ".ndjson");
  private static final String SUPPORTED = "*.txt, *.text, *.jsonl, *.ndjson, *.html, *.htm";
  /** How long one page fetch may take. */
  public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

  private final Deque<String> pendingSpecs;
  private final Deque<InputItem> ready = new ArrayDeque<>();
  private final InputStream stdin;
  private final InputLimits limits;
  private final ObjectMapper json = new ObjectMapper();
  private final PageFetcher fetcher;
  private final WebArticles webArticles = new WebArticles();
  private JsonLinesSource openJsonLines;

  public InputReader(List<String> specs, InputStream stdin, InputLimits limits) {
    this(specs, stdin, limits, new PageFetcher(FETCH_TIMEOUT, limits.maxArticleBytes()));
  }

  public InputReader(List<String> specs, InputStream stdin, InputLimits limits, PageFetcher fetcher) {
    this.pendingSpecs = new ArrayDeque<>(specs);
    this.stdin = stdin;
    this.limits = limits;
    this.fetcher = fetcher;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ready.isEmpty();
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  @Override
  public void close() throws IOException {
    if (openJsonLines != null) {
      openJsonLines.close();
      openJsonLines = null;
    }
  }

  private void fill() {
    while (ready.isEmpty()) {
      if (openJsonLines != null) {
        InputItem item = openJsonLines.next();
        if (item != null) {
          ready.add(item);
          return;
        }
        closeQuietly(openJsonLines);
        openJsonLines = null;
      }
      String spec = pendingSpecs.poll();
      if (spec == null) {
        return;
      }
      expand(spec);
    }
  }

  private void expand(String spec) {
    if (STDIN.equals(spec)) {
      readStdin();
      return;
    }
    if (PageFetcher.isUrl(spec)) {
      ready.add(fetchPage(spec));
      return;
    }
    Path path;
    try {
      path = Path.of(spec);
    } catch (InvalidPathException e) {
      ready.add(new InputItem.Unreadable(spec, spec, "not a valid path"));
      return;
    }
    if (!Files.exists(path)) {
      ready.add(new InputItem.Unreadable(spec, spec, "no such file or directory"));
    } else if (Files.isDirectory(path)) {
      expandDirectory(path);
    } else if (!Files.isReadable(path)) {
      ready.add(new InputItem.Unreadable(fileId(path), spec, "permission denied"));
    } else if (hasExtension(path, JSONL_EXTENSIONS)) {
      openJsonLinesFile(path);
    } else if (HtmlPages.isPage(path)) {
      ready.add(readPage(path));
    } else {
      ready.add(readTextFile(path));
    }
  }

  private void expandDirectory(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !isHidden(dir, p))
              .filter(p -> hasExtension(p, TEXT_EXTENSIONS) || hasExtension(p, JSONL_EXTENSIONS) || HtmlPages.isPage(p))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      ready.add(new InputItem.Unreadable(dir.toString(), dir.toString(), "cannot list directory: " + e.getMessage()));
      return;
    }
    if (files.isEmpty()) {
      ready.add(
          new InputItem.Unreadable(
              dir.toString(), dir.toString(), "no articles found in directory (looked for " + SUPPORTED + ")"));
      return;
    }
    // Expanded files go to the front so the output keeps the command line's order.
    for (int i = files.size() - 1; i >= 0; i--) {
      pendingSpecs.addFirst(files.get(i).toString());
    }
  }

  private InputItem readTextFile(Path path) {
    String id = fileId(path);
    String source = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxArticleBytes()) {
        return new InputItem.Unreadable(id, source, limits.describe(size));
      }
      byte[] bytes = Files.readAllBytes(path);
      return textArticle(id, source, bytes, bytes.length);
    } catch (IOException e) {
      return new InputItem.Unreadable(id, source, "cannot read: " + e.getMessage());
    }
  }

  private InputItem readPage(Path path) {
    String id = fileId(path);
    try {
      byte[] bytes = HtmlPages.readBytes(path, limits.maxArticleBytes());
      return webArticles.fromPage(id, path.toString(), bytes, null, null);
    } catch (IOException e) {
      return new InputItem.Unreadable(id, path.toString(), e instanceof HtmlPages.PageTooLargeException
          ? e.getMessage() : "cannot read: " + e.getMessage());
    }
  }

  private InputItem fetchPage(String url) {
    try {
      PageFetcher.Fetched page = fetcher.fetch(url);
      return webArticles.fromPage(url, url, page.body(), page.charset(), page.finalUri().toString());
    } catch (PageFetcher.FetchException e) {
      return new InputItem.Unreadable(url, url, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new InputItem.Unreadable(url, url, "interrupted");
    }
  }

  private InputItem textArticle(String id, String source, byte[] bytes, int length) {
    try {
      String text = StrictUtf8.decode(bytes, length);
      if (text.isBlank()) {
        return new InputItem.Unreadable(id, source, "empty article (no text)");
      }
      return new InputItem.Readable(new Article(id, source, null, text, TextLayout.HEADLINE_FIRST));
    } catch (UnreadableInputException e) {
      return new InputItem.Unreadable(id, source, e.getMessage());
    }
  }

  private void readStdin() {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin);
      in.mark(1 << 16);
      byte[] head = in.readNBytes(1 << 16);
      in.reset();
      if (looksLikeJsonLines(head)) {
        openJsonLines = new JsonLinesSource(STDIN, in);
        return;
      }
      byte[] bytes = in.readNBytes(limits.maxArticleBytes() + 1);
      if (bytes.length > limits.maxArticleBytes()) {
        ready.add(new InputItem.Unreadable("stdin", STDIN, limits.describe(bytes.length) + " or more"));
        return;
      }
      ready.add(textArticle("stdin", STDIN, bytes, bytes.length));
    } catch (IOException e) {
      ready.add(new InputItem.Unreadable("stdin", STDIN, "cannot read: " + e.getMessage()));
    }
  }

  private static boolean looksLikeJsonLines(byte[] head) {
    for (byte b : head) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private void openJsonLinesFile(Path path) {
    try {
      openJsonLines = new JsonLinesSource(path.toString(), new BufferedInputStream(Files.newInputStream(path)));
    } catch (IOException e) {
      ready.add(new InputItem.Unreadable(fileId(path), path.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private static String fileId(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static boolean hasExtension(Path path, List<String> extensions) {
    String name = fileId(path).toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith);
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // Read-only stream: nothing is lost if closing fails.
    }
  }

  /** Streams one JSON Lines source, one {@link InputItem} per non-blank line. */
  private final class JsonLinesSource implements Closeable {
    private final String name;
    private final InputStream in;
    private final ByteLineReader lines;
    private int lineNumber;

    JsonLinesSource(String name, InputStream in) {
      this.name = name;
      this.in = in;
      this.lines = new ByteLineReader(in, limits.maxArticleBytes());
    }

    /** The next item, or null at end of file. */
    InputItem next() {
      while (true) {
        byte[] line;
        try {
          line = lines.next();
        } catch (IOException e) {
          return new InputItem.Unreadable(name, name, "cannot read: " + e.getMessage());
        }
        if (line == null) {
          return null;
        }
        lineNumber++;
        String where = name + ":" + lineNumber;
        if (line == ByteLineReader.TOO_LONG) {
          return new InputItem.Unreadable(where, where, "line " + limits.describe(limits.maxArticleBytes() + 1L));
        }
        try {
          String text = StrictUtf8.decode(line, line.length);
          if (text.isBlank()) {
            continue;
          }
          return parse(where, text);
        } catch (UnreadableInputException e) {
          return new InputItem.Unreadable(where, where, e.getMessage());
        }
      }
    }

    private InputItem parse(String where, String line) {
      return JsonLinesRecord.parse(json, where, line);
    }

    @Override
    public void close() throws IOException {
      if (in != stdin) {
        in.close();
      }
    }
  }

  /** Reads a whole input list eagerly; convenient for tests and small batches. */
  public static List<InputItem> readAll(List<String> specs, InputLimits limits) {
    try (InputReader reader = new InputReader(specs, new ByteArrayInputStream(new byte[0]), limits)) {
      List<InputItem> items = new java.util.ArrayList<>();
      reader.forEachRemaining(items::add);
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
