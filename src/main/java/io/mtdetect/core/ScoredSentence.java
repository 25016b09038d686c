package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A sentence with its machine-translation probability and the findings behind it.
 *
 * @param alignedTo the original's sentence it corresponds to, when the article was matched to an
 *     indexed original ({@code --originals}); else {@code null} and not written
 */
public record ScoredSentence(
    int index,
    int paragraph,
    int start,
    int end,
    String text,
    double mtProbability,
    Map<String, Double> signals,
    List<Evidence> evidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) AlignedSentence alignedTo) {

  public ScoredSentence(int index, int paragraph, int start, int end, String text, double mtProbability,
      Map<String, Double> signals, List<Evidence> evidence) {
    this(index, paragraph, start, end, text, mtProbability, signals, evidence, null);
  }

  /** This sentence aligned to a sentence of the original, with the changes found as extra evidence. */
  /** The same sentence with other features and evidence (signals re-run on a saved result). */
  public ScoredSentence withFindings(Map<String, Double> signals, List<Evidence> evidence) {
    return new ScoredSentence(index, paragraph, start, end, text, mtProbability, signals, evidence, alignedTo);
  }

  public ScoredSentence aligned(AlignedSentence to, List<Evidence> changes) {
    List<Evidence> all = new java.util.ArrayList<>(evidence);
    all.addAll(changes);
    return new ScoredSentence(index, paragraph, start, end, text, mtProbability, signals, List.copyOf(all), to);
  }
}
