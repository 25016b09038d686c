package io.mtdetect.lm;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Cuts the tokenised training split into consecutive windows of {@code context + 1} tokens (inputs,
 * and the same shifted by one as targets), paragraphs separated by the end-of-text token (id 0).
 * A reader thread decompresses and batches paragraphs while the caller trains. Reading restarts
 * from a paragraph count, which makes training resumable without repeating data.
 */
final class TokenBatches implements AutoCloseable {
  private static final int ENCODE_CHUNK = 512;
  private static final List<String> END = List.of();

  private final Corpus corpus;
  private final HuggingFaceTokenizer tokenizer;
  private final int window;
  private final long startParagraph;
  private final BlockingQueue<List<String>> chunks = new ArrayBlockingQueue<>(8);
  private long[] tokens = new long[0];
  private int position;
  private long paragraphsConsumed;
  private Thread reader;

  TokenBatches(Corpus corpus, HuggingFaceTokenizer tokenizer, int context, long startParagraph) {
    this.corpus = corpus;
    this.tokenizer = tokenizer;
    this.window = context + 1;
    this.startParagraph = startParagraph;
    this.paragraphsConsumed = startParagraph;
  }

  /** Paragraphs fully tokenised so far (the resume point, rounded down to a whole chunk). */
  long paragraphsConsumed() {
    return paragraphsConsumed;
  }

  /** Fills {@code out} with {@code rows} windows; false when the corpus is exhausted. */
  boolean next(long[] out, int rows) throws InterruptedException {
    startReader();
    int needed = rows * window;
    while (tokens.length - position < needed) {
      if (!refill()) {
        return false;
      }
    }
    System.arraycopy(tokens, position, out, 0, needed);
    position += needed;
    return true;
  }

  private boolean refill() throws InterruptedException {
    List<String> chunk = chunks.take();
    if (chunk == END) {
      chunks.put(END);
      return false;
    }
    int total = tokens.length - position;
    Encoding[] encodings = tokenizer.batchEncode(chunk, false, false);
    for (Encoding e : encodings) {
      total += e.getIds().length + 1;
    }
    long[] next = Arrays.copyOfRange(tokens, position, position + total);
    int at = tokens.length - position;
    for (Encoding e : encodings) {
      long[] ids = e.getIds();
      System.arraycopy(ids, 0, next, at, ids.length);
      at += ids.length;
      next[at++] = 0;
    }
    tokens = next;
    position = 0;
    paragraphsConsumed += chunk.size();
    return true;
  }

  private void startReader() {
    if (reader != null) {
      return;
    }
    reader = new Thread(this::readCorpus, "corpus-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void readCorpus() {
    List<String> chunk = new ArrayList<>(ENCODE_CHUNK);
    long[] index = {0};
    try {
      corpus.paragraphs(Corpus.Split.TRAIN, p -> {
        if (index[0]++ < startParagraph) {
          return true;
        }
        chunk.add(p);
        if (chunk.size() < ENCODE_CHUNK) {
          return true;
        }
        try {
          chunks.put(new ArrayList<>(chunk));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
        chunk.clear();
        return true;
      });
      if (!chunk.isEmpty()) {
        chunks.put(chunk);
      }
    } catch (IOException | InterruptedException e) {
      // End of data either way; the trainer reports how far it got.
    }
    chunks.offer(END);
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.interrupt();
    }
  }
}
