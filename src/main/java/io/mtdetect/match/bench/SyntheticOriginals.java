package io.mtdetect.match.bench;

import io.mtdetect.core.Article;
import io.mtdetect.core.Article.TextLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Distractor originals for measuring the index of originals at a scale no real collection here reaches: each
 * is made of paragraphs of different articles of a news corpus (one paragraph per line, a blank line between
 * articles; gzip or plain), as many paragraphs as a corpus article has, so the index fills with real news
 * prose in combinations no query comes from. Corpus articles sharing a sentence with any text to keep apart
 * (the real originals and the queries) stay out of the pool, so a distractor never carries a query's text and
 * a match to one is a false match. Deterministic: distractor {@code i} depends only on the pool and {@code i}.
 */
public final class SyntheticOriginals {
  /** Sentences shorter than this are too common ("He said no.") to tell that two texts share one. */
  static final int MIN_KEY_WORDS = 8;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private final List<byte[][]> pool;
  private final int paragraphs;

  private SyntheticOriginals(List<byte[][]> pool) {
    this.pool = pool;
    this.paragraphs = pool.stream().mapToInt(a -> a.length).sum();
  }

  /**
   * Reads the corpus, keeping articles of at least three paragraphs none of whose sentences is among
   * {@code excluded} (keys from {@link #sentenceKeys}).
   */
  public static SyntheticOriginals read(Path corpus, Set<Long> excluded) throws IOException {
    List<byte[][]> pool = new ArrayList<>();
    try (BufferedReader in = open(corpus)) {
      List<String> article = new ArrayList<>();
      for (String line = in.readLine(); ; line = in.readLine()) {
        String trimmed = line == null ? "" : line.strip();
        if (!trimmed.isEmpty()) {
          article.add(trimmed);
        } else if (!article.isEmpty()) {
          if (article.size() >= 3 && article.stream().noneMatch(p -> sentenceKeys(p).stream().anyMatch(excluded::contains))) {
            pool.add(article.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
          }
          article.clear();
        }
        if (line == null) {
          break;
        }
      }
    }
    if (pool.size() < 2) {
      throw new IOException(corpus + ": fewer than two usable articles (paragraphs one per line, a blank line between articles)");
    }
    return new SyntheticOriginals(pool);
  }

  private static BufferedReader open(Path corpus) throws IOException {
    InputStream raw = Files.newInputStream(corpus);
    InputStream in = corpus.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    // The corpus has a few broken byte sequences; a distractor may carry a replacement character.
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** Hashes of the text's sentences of {@link #MIN_KEY_WORDS}+ words, compared lower-cased, words only. */
  public static Set<Long> sentenceKeys(String text) {
    Set<Long> keys = new java.util.HashSet<>();
    for (String sentence : SENTENCE_END.split(text)) {
      Matcher word = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
      StringBuilder key = new StringBuilder();
      int words = 0;
      while (word.find()) {
        key.append(word.group()).append(' ');
        words++;
      }
      if (words >= MIN_KEY_WORDS) {
        keys.add(fingerprint(key));
      }
    }
    return keys;
  }

  /** 64-bit FNV-1a: the pool's exclusion set holds a long per sentence, not the sentence. */
  private static long fingerprint(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  public int poolArticles() {
    return pool.size();
  }

  public int poolParagraphs() {
    return paragraphs;
  }

  /** Distractor {@code index}: id {@code synthetic-NNNNNNNN}, paragraphs from as many different pool articles. */
  public Article distractor(long index) {
    SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L + 11);
    int length = Math.min(pool.get(random.nextInt(pool.size())).length, pool.size());
    Set<Integer> used = new java.util.HashSet<>();
    StringBuilder text = new StringBuilder();
    while (used.size() < length) {
      int from = random.nextInt(pool.size());
      if (used.add(from)) {
        byte[][] article = pool.get(from);
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(new String(article[random.nextInt(article.length)], StandardCharsets.UTF_8));
      }
    }
    String id = String.format(Locale.ROOT, "synthetic-%08d", index);
    return new Article(id, "synthetic:" + index, null, text.toString(), TextLayout.BODY_ONLY, null, null);
  }

  /** Distractors {@code first} to {@code first + count - 1}, made as they are asked for. */
  public Iterator<Article> distractors(long first, long count) {
    return new Iterator<>() {
      private long next = first;

      @Override
      public boolean hasNext() {
        return next < first + count;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return distractor(next++);
      }
    };
  }
}
