package io.mtdetect.lm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each of a language model's tokens occurs in its training text, context-free: the unigram
 * model that SLOR (Pauls and Klein 2012; Lau, Clark and Lappin 2017) sets a sentence's language-model
 * probability against. A sentence of rare but well-placed words (a name, a technical term) is
 * surprising to the language model and to the unigram model alike; common words in an order English does
 * not use (a rule-based engine's word salad) are surprising to the language model only.
 *
 * <p>Counts are per token as the tokenizer writes it ({@code Ġthe}); a token never seen gets a pseudo-count
 * of {@value #PSEUDO_COUNT}, spread over the tokenizer's whole vocabulary.
 */
public final class TokenUnigrams {
  /** The file beside a model's {@code tokenizer.json}. */
  public static final String FILE_NAME = "token-counts.json";
  static final double PSEUDO_COUNT = 0.5;

  private final String source;
  private final Map<String, Long> counts;
  private final int vocabulary;
  private final long total;

  /**
   * @param source     where the counts came from (corpus and split), for the model card
   * @param counts     occurrences per token
   * @param vocabulary the tokenizer's vocabulary size
   */
  @JsonCreator
  public TokenUnigrams(@JsonProperty("source") String source, @JsonProperty("counts") Map<String, Long> counts,
      @JsonProperty("vocabulary") int vocabulary) {
    this.source = source == null ? "" : source;
    this.counts = Map.copyOf(counts);
    this.vocabulary = Math.max(vocabulary, this.counts.size());
    this.total = this.counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public String source() {
    return source;
  }

  public Map<String, Long> counts() {
    return counts;
  }

  public int vocabulary() {
    return vocabulary;
  }

  /** Natural-log probability of {@code token}, add-{@value #PSEUDO_COUNT} smoothed over the vocabulary. */
  public double logProb(String token) {
    long c = counts.getOrDefault(token, 0L);
    return Math.log((c + PSEUDO_COUNT) / (total + PSEUDO_COUNT * vocabulary));
  }

  public long total() {
    return total;
  }

  /** The table in {@code dir}, or null when the model has none (a model trained before it, a hub model). */
  public static TokenUnigrams loadIfPresent(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return new ObjectMapper().readValue(file.toFile(), TokenUnigrams.class);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code dir/token-counts.json}, tokens in sorted order so a rerun writes the same bytes. */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("source", source);
    out.put("vocabulary", vocabulary);
    out.put("counts", new TreeMap<>(counts));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(FILE_NAME).toFile(), out);
  }
}
