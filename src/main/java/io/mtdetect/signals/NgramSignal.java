package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.ngram.NgramModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lexical model's probability that a sentence was machine translated (character and word
 * n-grams, {@code models/ngram}, fitted by {@code train-ngram}): cheap, and wrong on other sentences
 * than the language model and LanguageTool are, which is what the scorer's stack wants from it.
 */
public final class NgramSignal implements SentenceSignal {
  public static final String FAMILY = "ngram";
  public static final String PROBABILITY = "ngram.machineProbability";

  private final NgramModel model;

  public NgramSignal(NgramModel model) {
    this.model = model;
  }

  /** The model that ships in the jar ({@code models/ngram}), or null when this build has none. */
  public static NgramSignal bundled() {
    try (java.io.InputStream config = NgramSignal.class.getResourceAsStream("/models/ngram/" + NgramModel.CONFIG_FILE);
        java.io.InputStream weights = NgramSignal.class.getResourceAsStream("/models/ngram/" + NgramModel.WEIGHTS_FILE)) {
      if (config == null || weights == null) {
        return null;
      }
      var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(config);
      return new NgramSignal(NgramModel.read(node, weights));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the bundled lexical model", e);
    }
  }

  /** The model in {@code dir}, or null when the directory holds none (a checkout without it). */
  public static NgramSignal fromDirectory(Path dir) throws IOException {
    return NgramModel.isModelDirectory(dir) ? new NgramSignal(NgramModel.load(dir)) : null;
  }

  @Override
  public String name() {
    return FAMILY;
  }

  @Override
  public List<String> features() {
    return List.of(PROBABILITY);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence s : article.sentences()) {
      findings.get(s.index()).set(PROBABILITY, model.probability(s.text()));
    }
  }
}
