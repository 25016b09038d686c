package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The scorer's parameters as stored in {@code models/scorer.json}: the fluent detector (the sentence
 * model and the article model over aggregated sentence scores, with its short-text shrinkage), the
 * garbled detector, the evidence channel, and the verdict thresholds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScorerModel(
    @JsonProperty("sentence") LogisticModel sentence,
    @JsonProperty("article") ArticleModel article,
    @JsonProperty("thresholds") Thresholds thresholds,
    @JsonProperty("evidence") EvidenceChannel evidence,
    @JsonProperty("shortText") LengthShrinkage shortText,
    @JsonProperty("garbled") GarbledDetector garbled) {

  public ScorerModel {
    evidence = evidence == null ? EvidenceChannel.NONE : evidence;
    shortText = shortText == null ? LengthShrinkage.NONE : shortText;
    garbled = garbled == null ? GarbledDetector.NONE : garbled;
  }

  /** A scorer with no evidence channel, no short-text shrinkage and no garbled detector: the fluent models alone. */
  public ScorerModel(LogisticModel sentence, ArticleModel article, Thresholds thresholds) {
    this(sentence, article, thresholds, null, null, null);
  }

  /** A scorer without a garbled detector (as fitted before there was one). */
  public ScorerModel(LogisticModel sentence, ArticleModel article, Thresholds thresholds, EvidenceChannel evidence,
      LengthShrinkage shortText) {
    this(sentence, article, thresholds, evidence, shortText, null);
  }

  public ScorerModel withGarbled(GarbledDetector garbled) {
    return new ScorerModel(sentence, article, thresholds, evidence, shortText, garbled);
  }

  /** Where the build puts {@code models/scorer.json} inside the jar. */
  public static final String BUNDLED_RESOURCE = "/models/scorer.json";

  /**
   * @param topK                  how many of the strongest sentences {@code topMean} averages
   * @param sentenceFlagThreshold the sentence probability from which a sentence counts as flagged
   * @param blend                 a second opinion averaged into the model's log-odds, or null
   * @param means                 how the fluent detector's article means of sentence signals weigh each
   *                              sentence (the garbled detector's are per sentence); absent in scorers fitted
   *                              before 2026-12-07: per sentence
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ArticleModel(
      @JsonProperty("topK") int topK,
      @JsonProperty("sentenceFlagThreshold") double sentenceFlagThreshold,
      @JsonProperty("model") ProbabilityModel model,
      @JsonProperty("blend") @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) FluentBlend blend,
      @JsonProperty("means") MeanWeighting means) {

    public ArticleModel {
      means = means == null ? MeanWeighting.SENTENCES : means;
    }

    /** An article model without a blend, its means per sentence. */
    public ArticleModel(int topK, double sentenceFlagThreshold, ProbabilityModel model) {
      this(topK, sentenceFlagThreshold, model, null, null);
    }

    /** The same article model with another fitted model and blend, its other settings kept. */
    public ArticleModel withModel(ProbabilityModel model, FluentBlend blend) {
      return new ArticleModel(topK, sentenceFlagThreshold, model, blend, means);
    }

    /** The same article model with its means weighted another way (its fitted weights then need refitting). */
    public ArticleModel withMeans(MeanWeighting means) {
      return new ArticleModel(topK, sentenceFlagThreshold, model, blend, means);
    }

    /** The article's fluent log-odds: the model's, blended when there is a blend. */
    public double logOdds(Map<String, Double> articleFeatures) {
      double logOdds = ArticleScorer.logOdds(model.probability(articleFeatures));
      return blend == null ? logOdds : blend.apply(logOdds, articleFeatures);
    }
  }

  /**
   * How an article mean of a sentence signal weighs its sentences. Most signals are rates per token
   * (surprisal, LanguageTool matches per 10 words, shares of tokens), so a long sentence is more
   * evidence of the article's rate than a headline or a three-word caption; counts of round-trip
   * artefacts are per sentence whatever the weighting.
   */
  public enum MeanWeighting {
    @JsonProperty("sentences") SENTENCES,
    @JsonProperty("words") WORDS
  }

  /** Article probabilities from {@code machineTranslated} up are flagged; from {@code suspect} up, suspect. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Thresholds(
      @JsonProperty("machineTranslated") double machineTranslated, @JsonProperty("suspect") double suspect) {}

  public ScorerModel withThreshold(double machineTranslated) {
    double suspect = Math.min(thresholds.suspect(), machineTranslated);
    return new ScorerModel(sentence, article, new Thresholds(machineTranslated, suspect), evidence, shortText, garbled);
  }

  public ScorerModel withThresholds(Thresholds thresholds) {
    return new ScorerModel(sentence, article, thresholds, evidence, shortText, garbled);
  }

  public static ScorerModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new ObjectMapper().readValue(in, ScorerModel.class);
    }
  }

  /**
   * The bundled scorer fitted with the Apertium round-trip features ({@code models/scorer-roundtrip.json}),
   * which {@code --roundtrip} runs need: the default scorer never saw those features.
   */
  public static final String BUNDLED_ROUND_TRIP_RESOURCE = "/models/scorer-roundtrip.json";

  public static ScorerModel bundledWithRoundTrip() {
    return bundled(BUNDLED_ROUND_TRIP_RESOURCE);
  }

  public static ScorerModel bundled() {
    return bundled(BUNDLED_RESOURCE);
  }

  private static ScorerModel bundled(String resource) {
    try (InputStream in = ScorerModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled scorer " + resource + " is missing from the jar");
      }
      return new ObjectMapper().readValue(in, ScorerModel.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
