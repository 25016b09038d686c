package io.mtdetect.signals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.ngram.NgramModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An n-gram model's probability that a sentence was machine translated, as one feature. Two models ship:
 * the lexical model (character and word n-grams, {@code models/ngram}, {@link #bundled}): cheap, and wrong on
 * other sentences than the language model and LanguageTool are; and the translationese model (n-grams of
 * function words and part-of-speech tags, {@code models/translationese}, {@link #bundledTranslationese}), the
 * shape of a translated clause across topics and engines. Both are fitted by {@code train-ngram}.
 */
public final class NgramSignal implements SentenceSignal {
  public static final String FAMILY = "ngram";
  public static final String PROBABILITY = "ngram.machineProbability";
  public static final String TRANSLATIONESE_FAMILY = "translationese";
  public static final String TRANSLATIONESE_PROBABILITY = "translationese.machineProbability";

  private final NgramModel model;
  private final String family;
  private final String feature;

  /** The lexical model's signal ({@value #PROBABILITY}). */
  public NgramSignal(NgramModel model) {
    this(model, FAMILY, PROBABILITY);
  }

  public NgramSignal(NgramModel model, String family, String feature) {
    this.model = model;
    this.family = family;
    this.feature = feature;
  }

  /** The lexical model that ships in the jar ({@code models/ngram}), or null when this build has none. */
  public static NgramSignal bundled() {
    NgramModel model = bundledModel("/models/ngram/");
    return model == null ? null : new NgramSignal(model);
  }

  /** The translationese model that ships in the jar ({@code models/translationese}), or null when this build has none. */
  public static NgramSignal bundledTranslationese() {
    NgramModel model = bundledModel("/models/translationese/");
    return model == null ? null : new NgramSignal(model, TRANSLATIONESE_FAMILY, TRANSLATIONESE_PROBABILITY);
  }

  static NgramModel bundledModel(String resourceDir) {
    try (InputStream config = NgramSignal.class.getResourceAsStream(resourceDir + NgramModel.CONFIG_FILE);
        InputStream weights = NgramSignal.class.getResourceAsStream(resourceDir + NgramModel.WEIGHTS_FILE)) {
      if (config == null || weights == null) {
        return null;
      }
      return NgramModel.read((ObjectNode) new ObjectMapper().readTree(config), weights);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled n-gram model " + resourceDir, e);
    }
  }

  /** The lexical model in {@code dir}, or null when the directory holds none (a checkout without it). */
  public static NgramSignal fromDirectory(Path dir) throws IOException {
    return NgramModel.isModelDirectory(dir) ? new NgramSignal(NgramModel.load(dir)) : null;
  }

  @Override
  public String name() {
    return family;
  }

  @Override
  public List<String> features() {
    return List.of(feature);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence s : article.sentences()) {
      findings.get(s.index()).set(feature, model.probability(s.text()));
    }
  }
}
