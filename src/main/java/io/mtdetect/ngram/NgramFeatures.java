package io.mtdetect.ngram;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Hashed character and word n-grams of one sentence: the lexical model's input. Character n-grams
 * keep case (an engine's capitalisation is part of its style) over the text with runs of white space
 * collapsed and a space at either end; word n-grams are lower-cased, with sentence-boundary markers.
 * Counts are damped ({@code 1 + ln count}) and the vector is scaled to unit length, so a long
 * sentence does not outvote a short one. Hashing (64-bit FNV-1a, a sign bit against collision bias)
 * keeps the model a fixed-size array with no vocabulary to store; stable across JVMs.
 */
public final class NgramFeatures {
  /**
   * The shape of the feature space, and the view of a sentence it is extracted from ({@link SentenceViews});
   * stored with a model so scoring extracts what training did.
   */
  public record Config(int dimensions, int charMin, int charMax, int wordMax, String view) {
    public Config {
      if (!SentenceViews.NAMES.contains(view)) {
        throw new IllegalArgumentException("unknown sentence view '" + view + "' (known: " + SentenceViews.NAMES + ")");
      }
      if (Integer.bitCount(dimensions) != 1) {
        throw new IllegalArgumentException("dimensions must be a power of two: " + dimensions);
      }
      if (charMin < 1 || charMax < charMin - 1 || wordMax < 0 || (charMax < charMin && wordMax == 0)) {
        throw new IllegalArgumentException("no n-grams to extract: chars " + charMin + "-" + charMax + ", words 1-" + wordMax);
      }
    }

    /** N-grams of the sentence's text. */
    public Config(int dimensions, int charMin, int charMax, int wordMax) {
      this(dimensions, charMin, charMax, wordMax, SentenceViews.TEXT);
    }

    /** Character 1–4-grams and word 1–2-grams in 2^19 dimensions: the shipped model. */
    public static Config standard() {
      return new Config(1 << 19, 1, 4, 2);
    }
  }

  /** A sparse vector: strictly ascending indices (0-based) and their values. */
  public record Vector(int[] indices, double[] values) {
    public int size() {
      return indices.length;
    }
  }

  private final Config config;
  private final UnaryOperator<String> view;

  public NgramFeatures(Config config) {
    this.config = config;
    this.view = SentenceViews.of(config.view());
  }

  public Config config() {
    return config;
  }

  /** The n-grams of the sentence as the config's view shows it. */
  public Vector extract(String original) {
    return extractView(view.apply(original));
  }

  /** The n-grams of a text already in the config's view (what {@link #extract} makes of the original's view). */
  public Vector extractView(String sentence) {
    Map<Integer, Double> counts = new HashMap<>();
    String text = " " + sentence.strip().replaceAll("\\s+", " ") + " ";
    for (int n = config.charMin(); n <= config.charMax(); n++) {
      for (int i = 0; i + n <= text.length(); i++) {
        add(counts, 'c', text, i, i + n);
      }
    }
    if (config.wordMax() > 0) {
      String[] words = ("<s> " + sentence.strip().toLowerCase(Locale.ROOT) + " </s>").split("\\s+");
      for (int n = 1; n <= config.wordMax(); n++) {
        for (int i = 0; i + n <= words.length; i++) {
          add(counts, 'w', String.join(" ", Arrays.asList(words).subList(i, i + n)), 0, -1);
        }
      }
    }
    int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).filter(i -> counts.get(i) != 0).sorted().toArray();
    double[] values = new double[indices.length];
    double norm = 0;
    for (int k = 0; k < indices.length; k++) {
      double c = counts.get(indices[k]);
      values[k] = Math.signum(c) * (1 + Math.log(Math.abs(c)));
      norm += values[k] * values[k];
    }
    double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    for (int k = 0; k < values.length; k++) {
      values[k] *= scale;
    }
    return new Vector(indices, values);
  }

  /** Adds one occurrence of {@code text[from, to)} (to = -1: the whole string), tagged by its kind. */
  private void add(Map<Integer, Double> counts, char kind, String text, int from, int to) {
    int end = to < 0 ? text.length() : to;
    long h = 0xcbf29ce484222325L;
    h = (h ^ kind) * 0x100000001b3L;
    for (int i = from; i < end; i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 29; // FNV's low bits mix poorly for short keys
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    int index = (int) (h & (config.dimensions() - 1));
    double sign = (h >>> 63) == 0 ? 1 : -1;
    counts.merge(index, sign, Double::sum);
  }
}
