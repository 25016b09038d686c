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

  private final Map<String, Integer> counts;
  private final Map<String, Integer> contexts;
  private final long tokens;
  private final int types;

  /**
   * @param counts n-gram (tokens joined by one space, 1 to 3 of them) → occurrences, and for each context of
   *     one or two tokens its total as {@code "context <any>"}. A sentence is counted as {@code <s> <s> tokens… </s>}.
   */
  public WordOrderModel(Map<String, Integer> counts) {
    Map<String, Integer> ngrams = new HashMap<>();
    Map<String, Integer> ctx = new HashMap<>();
    long total = 0;
    int unigrams = 0;
    String suffix = " " + ANY;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getKey().endsWith(suffix)) {
        ctx.put(e.getKey().substring(0, e.getKey().length() - suffix.length()), e.getValue());
        continue;
      }
      ngrams.put(e.getKey(), e.getValue());
      if (e.getKey().indexOf(' ') < 0) {
        total += e.getValue();
        unigrams++;
      }
    }
    this.counts = Map.copyOf(ngrams);
    this.contexts = Map.copyOf(ctx);
    this.tokens = total;
    this.types = unigrams;
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
    double bits = 0;
    double unigramBits = 0;
    for (int i = 2; i < t.size(); i++) {
      double p1 = unigram(t.get(i));
      double p2 = conditional(t.get(i - 1), t.get(i), p1);
      double p3 = conditional(t.get(i - 2) + " " + t.get(i - 1), t.get(i), p2);
      double p = TRIGRAM_WEIGHT * p3 + BIGRAM_WEIGHT * p2 + (1 - TRIGRAM_WEIGHT - BIGRAM_WEIGHT) * p1;
      bits -= Math.log(p) / LOG2;
      unigramBits -= Math.log(p1) / LOG2;
    }
    int n = t.size() - 2;
    return new Surprisal(bits / n, unigramBits / n, n);
  }

  private double unigram(String token) {
    return (counts.getOrDefault(token, 0) + 0.5) / (tokens + 0.5 * (types + 1));
  }

  /** The context's relative frequency estimate, or {@code fallback} where the context was never seen. */
  private double conditional(String context, String token, double fallback) {
    Integer total = contexts.get(context);
    return total == null ? fallback : counts.getOrDefault(context + " " + token, 0) / (double) total;
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

  /** Distinct n-grams kept (contexts' totals not included). */
  public int size() {
    return counts.size();
  }

  /** Writes {@code counts.tsv.gz} (n-gram, tab, count; sorted, so a rerun writes the same content). */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(dir.resolve(COUNTS_FILE))), StandardCharsets.UTF_8))) {
      Map<String, Integer> all = new TreeMap<>(counts);
      contexts.forEach((context, total) -> all.put(context + " " + ANY, total));
      for (Map.Entry<String, Integer> e : all.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()));
        w.write('\n');
      }
    }
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
    Map<String, Integer> counts = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IOException("malformed word-order count line: " + line);
        }
        counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return new WordOrderModel(counts);
  }
}
