package io.mtdetect.translationese;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trigram model of English word order as the translationese view writes a sentence (function words and
 * punctuation as written, every other word as its tags: {@link TranslationeseTokens}), counted in English
 * news. It knows which constructions English uses, not which words: "threats at retaliate" reads
 * {@code _NNS at _VB|VBP}, a preposition before a verb, which English news almost never writes, whatever the
 * topic. The sentence's surprisal under it, minus the surprisal of the same tokens under its unigram model
 * (SLOR, negated: what the tokens' own frequency does not explain), measures a rule-based engine's word salad.
 *
 * <p>Probabilities interpolate the trigram, bigram and unigram estimates with fixed weights
 * ({@value #TRIGRAM_WEIGHT}, {@value #BIGRAM_WEIGHT}, the rest), falling back to the lower order where a
 * context was never seen; unigrams are add-½ smoothed. Immutable, so one instance serves every thread.
 */
public final class WordOrderModel {
  public static final String COUNTS_FILE = "counts.tsv.gz";
  static final double TRIGRAM_WEIGHT = 0.5;
  static final double BIGRAM_WEIGHT = 0.35;
  static final String START = "<s>";
  static final String END = "</s>";
  /** Ends an entry that holds a context's total (before rare trigrams were dropped): {@code "at <any>"}. */
  public static final String ANY = "<any>";
  private static final double LOG2 = Math.log(2);

  /** Token → id: the view's few hundred distinct tokens and the markers. */
  private final Map<String, Integer> ids;
  private final String[] tokensById;
  /** N-gram (ids packed by {@link #key}) → count, in an open-addressing table (25 MB for the shipped model). */
  private final long[] keys;
  private final int[] values;
  private final int size;
  private final long tokens;
  private final int types;
  /** The id of {@link #ANY}, under which contexts' totals are stored, or -1 in a model without them. */
  private final int anyId;

  /**
   * @param counts n-gram (tokens joined by one space, 1 to 3 of them) → occurrences, and for each context of
   *     one or two tokens its total as {@code "context <any>"}. A sentence is counted as {@code <s> <s> tokens… </s>}.
   */
  public WordOrderModel(Map<String, Integer> counts) {
    this(builderOf(counts));
  }

  private static Builder builderOf(Map<String, Integer> counts) {
    Builder b = new Builder();
    counts.forEach(b::add);
    return b;
  }

  private WordOrderModel(Builder b) {
    this.ids = Map.copyOf(b.vocabulary);
    this.tokensById = b.byId.toArray(String[]::new);
    this.keys = b.keys;
    this.values = b.values;
    this.size = b.size;
    this.tokens = b.tokens;
    this.types = b.types;
    this.anyId = id(ANY);
  }

  /** Collects n-grams one at a time, so a model read from its file never holds them as strings all at once. */
  private static final class Builder {
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> byId = new ArrayList<>();
    private long[] keys = new long[1 << 16];
    private int[] values = new int[1 << 16];
    private int size;
    private long tokens;
    private int types;

    void add(String ngram, int count) {
      String[] parts = ngram.split(" ");
      if (parts.length > 3) {
        throw new IllegalArgumentException("not a 1-3-gram: " + ngram);
      }
      int[] packed = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        packed[i] = vocabulary.computeIfAbsent(parts[i], t -> {
          byId.add(t);
          return byId.size() - 1;
        });
      }
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      if (put(keys, values, key(packed), count)) {
        size++;
        if (parts.length == 1) {
          tokens += count;
          types++;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldValues.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(keys, values, oldKeys[i], oldValues[i]);
        }
      }
    }
  }

  /** Up to three token ids, each + 1 in its own 21 bits (0 = no token), so "a b" and "a b c" never collide. */
  private static long key(int... tokenIds) {
    long key = 0;
    for (int id : tokenIds) {
      key = (key << 21) | (id + 1);
    }
    return key;
  }

  private static int slot(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & (capacity - 1);
  }

  /** Stores a count; true when the key is new. */
  private static boolean put(long[] keys, int[] values, long key, int value) {
    int i = slot(key, keys.length);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & (keys.length - 1);
    }
    boolean added = keys[i] == 0;
    keys[i] = key;
    values[i] = value;
    return added;
  }

  /** The count of an n-gram of known token ids, or -1 when it was never counted. */
  private int get(long key) {
    int i = slot(key, keys.length);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & (keys.length - 1);
    }
    return -1;
  }

  /** A token's id, or -1 for a token the model never saw. */
  private int id(String token) {
    Integer id = ids.get(token);
    return id == null ? -1 : id;
  }

  /** A sentence's mean surprisal per token (bits) under the trigram model and under the unigram model. */
  public record Surprisal(double trigramBits, double unigramBits, int tokens) {
    /** Negated SLOR: how much more surprising the order is than the tokens themselves. */
    public double overUnigram() {
      return trigramBits - unigramBits;
    }
  }

  /** Scores a sentence given as its view tokens (without sentence boundaries; they are added here). */
  public Surprisal score(List<String> view) {
    List<String> t = withBoundaries(view);
    int[] id = t.stream().mapToInt(this::id).toArray();
    double bits = 0;
    double unigramBits = 0;
    for (int i = 2; i < id.length; i++) {
      double p1 = unigram(id[i]);
      double p2 = conditional(p1, id[i - 1], id[i]);
      double p3 = conditional(p2, id[i - 2], id[i - 1], id[i]);
      double p = TRIGRAM_WEIGHT * p3 + BIGRAM_WEIGHT * p2 + (1 - TRIGRAM_WEIGHT - BIGRAM_WEIGHT) * p1;
      bits -= Math.log(p) / LOG2;
      unigramBits -= Math.log(p1) / LOG2;
    }
    int n = id.length - 2;
    return new Surprisal(bits / n, unigramBits / n, n);
  }

  private double unigram(int token) {
    int count = token < 0 ? 0 : Math.max(0, get(key(token)));
    return (count + 0.5) / (tokens + 0.5 * (types + 1));
  }

  /**
   * The relative frequency of the last token after the ones before it, or {@code fallback} where that context was
   * never seen (or holds a token the model does not know).
   */
  private double conditional(double fallback, int... ngram) {
    int last = ngram.length - 1;
    for (int i = 0; i < last; i++) {
      if (ngram[i] < 0) {
        return fallback;
      }
    }
    int[] context = java.util.Arrays.copyOf(ngram, ngram.length);
    context[last] = anyId;
    int total = anyId < 0 ? -1 : get(key(context));
    if (total <= 0) {
      return fallback;
    }
    // A token the model never saw never followed this context either.
    return ngram[last] < 0 ? 0 : Math.max(0, get(key(ngram))) / (double) total;
  }

  /** {@code <s> <s> view… </s>}: how a sentence is counted and scored. */
  public static List<String> withBoundaries(List<String> view) {
    List<String> t = new ArrayList<>(view.size() + 3);
    t.add(START);
    t.add(START);
    t.addAll(view);
    t.add(END);
    return t;
  }

  /** Entries: the n-grams kept and the contexts' totals. */
  public int size() {
    return size;
  }

  /** Writes {@code counts.tsv.gz} (n-gram, tab, count; sorted, so a rerun writes the same content). */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(dir.resolve(COUNTS_FILE))), StandardCharsets.UTF_8))) {
      Map<String, Integer> all = new TreeMap<>();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          all.put(ngram(keys[i]), values[i]);
        }
      }
      for (Map.Entry<String, Integer> e : all.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()));
        w.write('\n');
      }
    }
  }

  private String ngram(long key) {
    List<String> parts = new ArrayList<>(3);
    for (long k = key; k != 0; k >>>= 21) {
      parts.add(0, tokensById[(int) (k & ((1 << 21) - 1)) - 1]);
    }
    return String.join(" ", parts);
  }

  public static WordOrderModel load(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve(COUNTS_FILE))) {
      return read(in);
    }
  }

  /** The model that ships in the jar ({@code models/word-order}), or null when this build has none. */
  public static WordOrderModel bundled() {
    try (InputStream in = WordOrderModel.class.getResourceAsStream("/models/word-order/" + COUNTS_FILE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled word-order model", e);
    }
  }

  static WordOrderModel read(InputStream gzipped) throws IOException {
    Builder b = new Builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IOException("malformed word-order count line: " + line);
        }
        b.add(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return new WordOrderModel(b);
  }
}
