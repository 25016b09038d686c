package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The output record for one input item: either a scored article or, when the item could not be
 * read or scored, its identity and an {@code error}. Field names are the documented output contract
 * (docs/output.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "source", "title", "textFrom", "pageType", "mtProbability", "quality", "verdict", "sentenceCount", "basis", "original",
  "error", "posts", "sentences", "skipped"
})
public record ArticleResult(
    String id,
    String source,
    String title,
    Double mtProbability,
    Integer quality,
    Verdict verdict,
    // Explicit: the ignored isError() must not hide the "error" field (Jackson ties the two by name).
    @JsonProperty("error") String error,
    List<ScoredSentence> sentences,
    List<SkippedLine> skipped,
    String textFrom,
    // null: not matched (no --originals), so not written; empty: matched against the index, nothing found,
    // written as null.
    Optional<OriginalRef> original,
    // How many sentences were scored: a 1-sentence teaser is judged on less than a 30-sentence article.
    Integer sentenceCount,
    // Which channel carried the verdict and the artefacts behind it; null for errors.
    VerdictBasis basis,
    // For web pages, the kind of page (docs/output.md); null for other inputs.
    String pageType,
    // For forum threads whose posts the markup shows, each post scored on its own; null otherwise.
    List<PostResult> posts) {

  public ArticleResult(String id, String source, String title, Double mtProbability, Integer quality, Verdict verdict,
      String error, List<ScoredSentence> sentences, List<SkippedLine> skipped, String textFrom,
      Optional<OriginalRef> original, Integer sentenceCount, VerdictBasis basis, String pageType) {
    this(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, textFrom, original,
        sentenceCount, basis, pageType, null);
  }

  public ArticleResult(String id, String source, String title, Double mtProbability, Integer quality, Verdict verdict,
      String error, List<ScoredSentence> sentences, List<SkippedLine> skipped, String textFrom,
      Optional<OriginalRef> original, Integer sentenceCount, VerdictBasis basis) {
    this(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, textFrom, original,
        sentenceCount, basis, null);
  }

  public ArticleResult(String id, String source, String title, Double mtProbability, Integer quality, Verdict verdict,
      String error, List<ScoredSentence> sentences, List<SkippedLine> skipped, String textFrom,
      Optional<OriginalRef> original) {
    this(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, textFrom, original,
        sentences == null ? null : sentences.size(), null);
  }

  public ArticleResult(String id, String source, String title, Double mtProbability, Integer quality, Verdict verdict,
      String error, List<ScoredSentence> sentences, List<SkippedLine> skipped, String textFrom) {
    this(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, textFrom, null);
  }

  public ArticleResult(String id, String source, String title, Double mtProbability, Integer quality, Verdict verdict,
      String error, List<ScoredSentence> sentences, List<SkippedLine> skipped) {
    this(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, null, null);
  }

  /** The same result with other sentences (their features re-run or replaced), its scores as saved. */
  public ArticleResult withSentences(List<ScoredSentence> replaced) {
    return new ArticleResult(id, source, title, mtProbability, quality, verdict, error, replaced, skipped, textFrom,
        original, replaced.size(), basis, pageType, posts);
  }

  public static ArticleResult failed(String id, String source, String error) {
    return new ArticleResult(id, source, null, null, null, null, error, null, null);
  }

  /** This result with the feed item's text origin recorded. */
  public ArticleResult withTextFrom(String origin) {
    return new ArticleResult(id, source, title, mtProbability, quality, verdict, error, sentences, skipped, origin,
        original, sentenceCount, basis, pageType, posts);
  }

  @JsonIgnore
  public boolean isError() {
    return error != null;
  }
}
