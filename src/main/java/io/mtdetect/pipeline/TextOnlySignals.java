package io.mtdetect.pipeline;

import io.mtdetect.roundtrip.RoundTripPool;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.NgramSignal;
import io.mtdetect.signals.RoundTripSignal;
import io.mtdetect.signals.SentenceSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * The signals that read nothing but the sentences, by name: what {@code refresh-signals} and the
 * fitting commands re-run on saved results.
 */
public final class TextOnlySignals {
  public static final List<String> NAMES = List.of("ngram", "roundtrip", "artefacts");

  private TextOnlySignals() {}

  /** The named signals; the caller owns and closes them. */
  public static List<SentenceSignal> byName(List<String> names, int threads) {
    List<SentenceSignal> out = new ArrayList<>();
    for (String name : names) {
      switch (name) {
        case "ngram" -> {
          NgramSignal ngram = NgramSignal.bundled();
          if (ngram == null) {
            throw new IllegalArgumentException("this build has no lexical model (models/ngram); run train-ngram");
          }
          out.add(ngram);
        }
        case "roundtrip" -> {
          if (!RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS)) {
            throw new IllegalArgumentException("Apertium is not installed (apt-get install apertium apertium-eng-spa"
                + " apertium-eng-cat)");
          }
          out.add(new RoundTripSignal(new RoundTripPool(RoundTripPool.DEFAULT_PIVOTS, threads)));
        }
        case "artefacts" -> out.addAll(Artefacts.detectors());
        default -> throw new IllegalArgumentException("unknown signal '" + name + "' (known: " + String.join(", ", NAMES) + ")");
      }
    }
    return out;
  }
}
