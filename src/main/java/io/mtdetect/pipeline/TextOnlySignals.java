package io.mtdetect.pipeline;

import io.mtdetect.lm.LanguageModel;
import io.mtdetect.roundtrip.RoundTripPool;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.LanguageModelSignal;
import io.mtdetect.signals.NgramSignal;
import io.mtdetect.signals.RoundTripSignal;
import io.mtdetect.signals.SentenceSignal;
import io.mtdetect.signals.WordOrderSignal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The signals that read nothing but the sentences, by name: what {@code refresh-signals} and the
 * fitting commands re-run on saved results.
 */
public final class TextOnlySignals {
  public static final List<String> NAMES = List.of("ngram", "translationese", "articleTranslationese", "roundtrip", "artefacts", "lm", "syntax", "imagery");

  private TextOnlySignals() {}

  /** Where the language model for {@code lm} comes from: loaded only when that signal is asked for. */
  @FunctionalInterface
  public interface LanguageModelSource {
    LanguageModel load() throws IOException;
  }

  /**
   * The named signals; the caller owns and closes them. If one cannot be built, those built before it
   * are closed and the error passes through.
   */
  public static List<SentenceSignal> byName(List<String> names, int threads, LanguageModelSource languageModel)
      throws IOException {
    List<SentenceSignal> out = new ArrayList<>();
    try {
      for (String name : names) {
        add(name, threads, languageModel, out);
      }
    } catch (IOException | RuntimeException e) {
      out.forEach(SentenceSignal::close);
      throw e;
    }
    return out;
  }

  private static void add(String name, int threads, LanguageModelSource languageModel, List<SentenceSignal> out)
      throws IOException {
    switch (name) {
      case "ngram" -> {
        NgramSignal ngram = NgramSignal.bundled();
        if (ngram == null) {
          throw new IllegalArgumentException("this build has no lexical model (models/ngram); run train-ngram");
        }
        out.add(ngram);
      }
      case "translationese" -> {
        NgramSignal translationese = NgramSignal.bundledTranslationese();
        if (translationese == null) {
          throw new IllegalArgumentException("this build has no translationese model (models/translationese); run"
              + " train-ngram --view translationese");
        }
        out.add(translationese);
      }
      case "articleTranslationese" -> {
        io.mtdetect.signals.ArticleTranslationeseSignal article = io.mtdetect.signals.ArticleTranslationeseSignal.bundled();
        if (article == null) {
          throw new IllegalArgumentException("this build has no translationese model of whole texts"
              + " (models/translationese-article); run train-ngram --view translationese --unit article");
        }
        out.add(article);
      }
      case "roundtrip" -> {
        if (!RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS)) {
          throw new IllegalArgumentException("Apertium is not installed (apt-get install apertium apertium-eng-spa"
              + " apertium-eng-cat)");
        }
        out.add(new RoundTripSignal(new RoundTripPool(RoundTripPool.DEFAULT_PIVOTS, threads)));
      }
      case "artefacts" -> out.addAll(Artefacts.detectors());
      case "lm" -> out.add(new LanguageModelSignal(languageModel.load()));
      case "syntax" -> {
        WordOrderSignal syntax = WordOrderSignal.bundled();
        if (syntax == null) {
          throw new IllegalArgumentException("this build has no word-order model (models/word-order); run train-word-order");
        }
        out.add(syntax);
      }
      case "imagery" -> {
        io.mtdetect.signals.ImagerySignal imagery = io.mtdetect.signals.ImagerySignal.bundled();
        if (imagery == null) {
          throw new IllegalArgumentException("this build has no imagery model (models/imagery); run train-imagery");
        }
        out.add(imagery);
      }
      default -> throw new IllegalArgumentException("unknown signal '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
  }
}
