package io.mtdetect.ingest;

import io.mtdetect.core.Article;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * A plain-text news corpus with one paragraph a line and a blank line between articles (optionally
 * gzipped), read article by article: how the allsides training corpus is laid out. Each article's
 * id is {@code NAME:N} (N counts from 1), so a document split by id is stable across runs.
 */
public final class ParagraphCorpus implements Iterator<Article>, Closeable {
  private final String name;
  private final Path file;
  private final BufferedReader reader;
  private Article next;
  private int articles;
  private long line;

  public ParagraphCorpus(String name, Path file) throws IOException {
    this.name = name;
    this.file = file;
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article article = next;
    next = null;
    return article;
  }

  private Article read() {
    StringBuilder text = new StringBuilder();
    long firstLine = -1;
    try {
      for (String paragraph; (paragraph = reader.readLine()) != null; ) {
        line++;
        if (paragraph.isBlank()) {
          if (!text.isEmpty()) {
            break;
          }
          continue;
        }
        if (firstLine < 0) {
          firstLine = line;
        }
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(paragraph.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ":" + line + ": " + e.getMessage(), e);
    }
    if (text.isEmpty()) {
      return null;
    }
    articles++;
    return new Article(name + ":" + articles, file + ":" + firstLine, null, text.toString(),
        Article.TextLayout.BODY_ONLY);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
