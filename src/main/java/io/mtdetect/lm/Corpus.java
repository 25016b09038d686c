package io.mtdetect.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The training corpus: one paragraph a line, a blank line between articles, optionally gzipped.
 * Every {@value #HELD_OUT_EVERY}th article is held out; training and tokenizer fitting never see it,
 * and the perplexity in the model card is measured on it. Splitting by article, not by paragraph,
 * keeps an article's own phrasing from leaking into the held-out figure.
 */
public final class Corpus {
  public static final int HELD_OUT_EVERY = 100;

  /** Which part of the corpus to read. */
  public enum Split {
    TRAIN,
    HELD_OUT
  }

  private final Path file;

  public Corpus(Path file) {
    this.file = file;
  }

  /** Streams the paragraphs of one split, in corpus order; stops early when the consumer asks. */
  public void paragraphs(Split split, ParagraphConsumer consumer) throws IOException {
    try (BufferedReader reader = open()) {
      long article = 0;
      boolean inArticle = false;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          if (inArticle) {
            article++;
            inArticle = false;
          }
          continue;
        }
        inArticle = true;
        boolean heldOut = article % HELD_OUT_EVERY == HELD_OUT_EVERY - 1;
        if ((split == Split.HELD_OUT) == heldOut && !consumer.accept(line.strip())) {
          return;
        }
      }
    }
  }

  /** Receives paragraphs; returns false to stop reading. */
  @FunctionalInterface
  public interface ParagraphConsumer {
    boolean accept(String paragraph);
  }

  /** Convenience for consumers that read everything. */
  public static ParagraphConsumer all(Consumer<String> consumer) {
    return p -> {
      consumer.accept(p);
      return true;
    };
  }

  private BufferedReader open() throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
