package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The output record for one input item: either a scored article or, when the item could not be
 * read or scored, its identity and an {@code error}. Field names are the documented output contract
 * (docs/output.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "source", "title", "mtProbability", "quality", "verdict", "error", "sentences", "skipped"
})
public record ArticleResult(
    String id,
    String source,
    String title,
    Double mtProbability,
    Integer quality,
    Verdict verdict,
    String error,
    List<ScoredSentence> sentences,
    List<SkippedLine> skipped) {

  public static ArticleResult failed(String id, String source, String error) {
    return new ArticleResult(id, source, null, null, null, null, error, null, null);
  }

  @JsonIgnore
  public boolean isError() {
    return error != null;
  }
}
