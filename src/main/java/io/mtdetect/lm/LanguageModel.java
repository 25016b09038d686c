package io.mtdetect.lm;

import java.util.ArrayList;
import java.util.List;

/**
 * The seam between the scorer and any causal language model (the built-in one, or a Hugging Face
 * model exported to ONNX): token-level scores of a text given the text before it.
 * Implementations are thread-safe.
 */
public interface LanguageModel extends AutoCloseable {
  /** A short description for reports. */
  String name();

  /** Whether scores carry the classifier branch's {@link TokenScores#machineLogit()}. */
  default boolean hasClassifier() {
    return false;
  }

  /**
   * The context-free token frequencies of the model's training text (its unigram model), or null when
   * the model has none: what SLOR compares the model's probabilities with.
   */
  default TokenUnigrams unigrams() {
    return null;
  }

  /** Scores {@code text}; {@code context} (may be empty) conditions the first tokens but is not scored. */
  TokenScores score(String context, String text);

  /** One text to score and the text before it. */
  record Request(String context, String text) {}

  /** Scores several texts; models that can batch them override this, with the same results. */
  default List<TokenScores> scoreAll(List<Request> requests) {
    List<TokenScores> out = new ArrayList<>(requests.size());
    for (Request r : requests) {
      out.add(score(r.context(), r.text()));
    }
    return out;
  }

  @Override
  void close();
}
