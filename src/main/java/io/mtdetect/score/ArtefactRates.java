package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measured artefact rates ({@code mtdetect artefact-rates --json}): for each set of articles, English
 * originals or machine translations, how many sentences it has and how often each artefact kind
 * fired. What the evidence channel's weights are derived from ({@link EvidenceChannel#fromRates}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArtefactRates(@JsonProperty("provenance") String provenance, @JsonProperty("sets") List<Set> sets) {
  public static final String ORIGINAL = "original";
  public static final String MACHINE = "machine";
  /** Professional translations into English: human, but not English originals. */
  public static final String HUMAN = "human";

  /**
   * One set's counts; {@code side} is {@link #ORIGINAL}, {@link #HUMAN} or {@link #MACHINE}; a machine set's
   * {@code baseline} names the human set of the same documents in the same layout, or is null.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Set(
      @JsonProperty("name") String name,
      @JsonProperty("side") String side,
      @JsonProperty("articles") long articles,
      @JsonProperty("sentences") long sentences,
      @JsonProperty("counts") Map<String, Long> counts,
      @JsonProperty("articlesWith") Map<String, Long> articlesWith,
      @JsonProperty("baseline") String baseline) {

    /** Occurrences per sentence. */
    public double rate(String kind) {
      return sentences == 0 ? 0 : (double) counts.getOrDefault(kind, 0L) / sentences;
    }

    /** Occurrences per 1,000 sentences. */
    public double perThousandSentences(String kind) {
      return sentences == 0 ? 0 : 1000.0 * counts.getOrDefault(kind, 0L) / sentences;
    }

    /** Share of articles with at least one occurrence, in percent. */
    public double percentOfArticles(String kind) {
      return articles == 0 ? 0 : 100.0 * articlesWith.getOrDefault(kind, 0L) / articles;
    }

    @JsonIgnore
    public boolean isOriginal() {
      return ORIGINAL.equals(side);
    }
  }

  public static ArtefactRates read(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), ArtefactRates.class);
  }

  public void write(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .writeValue(file.toFile(), this);
  }
}
