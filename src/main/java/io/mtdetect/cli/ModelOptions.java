package io.mtdetect.cli;

import io.mtdetect.core.Messages;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.signals.LanguageToolSignal;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose the models every scoring command loads (score, screen, serve), and their loading. */
final class ModelOptions {
  @Option(names = {"-t", "--threshold"}, paramLabel = "P",
      description = "Article mtProbability from which the verdict is machine-translated (default: the scorer's).")
  Double threshold;

  @Option(names = "--scorer", paramLabel = "FILE",
      description = "Scorer weights (default: the bundled models/scorer.json).")
  Path scorer;

  @Option(names = "--lm", paramLabel = "DIR|none",
      description = "Language model: a directory (built-in format, or a Hugging Face ONNX export with tokenizer.json),"
          + " hf:NAME (download from the hub), or none (default: the built-in models/lm).")
  String lm;

  @Option(names = "--lm-runtime", paramLabel = "R",
      description = "How the built-in language model runs: onnx-int8, onnx or pytorch (default: the fastest its directory"
          + " has an export for, int8 for models/lm); the scores agree within the tolerance in models/lm/MODEL_CARD.md.")
  String lmRuntime;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--originals", paramLabel = "DIR",
      description = "Match every article against this index of originals (built with mtdetect index): records get"
          + " original {id,url,title,similarity,coverage,relation} and sentences alignedTo, with the word changes as"
          + " evidence.")
  Path originals;

  @Option(names = "--roundtrip",
      description = "Add the Apertium round-trip consistency signal (needs apertium, apertium-eng-spa, apertium-eng-cat)"
          + " and score with the scorer fitted with it (models/scorer-roundtrip.json unless --scorer); about three times"
          + " LanguageTool's cost (docs/benchmark.md).")
  boolean roundTrip;

  /** The models a run scores with. */
  record Models(ScorerModel scorer, LanguageModel languageModel, LanguageToolSignal languageTool,
      OriginalMatcher originals, boolean roundTrip) {}

  /** The analyzer these options ask for; closing it closes the matcher too. Call once per {@link #load()}. */
  ArticleAnalyzer analyzer(Models models) {
    ArticleAnalyzer analyzer = DefaultPipeline.create(models.scorer(), threads, models.languageModel(), null,
        models.roundTrip(), models.languageTool());
    return models.originals() == null ? analyzer : analyzer.withOriginals(models.originals());
  }

  /** A problem with the options or the models they name, as one line for users. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Checks the options and loads the scorer and the language model. */
  Models load() throws Invalid {
    if (threshold != null && (threshold <= 0 || threshold >= 1)) {
      throw new Invalid("--threshold must be between 0 and 1 (exclusive), got " + threshold);
    }
    if (threads < 1) {
      throw new Invalid("--threads must be at least 1, got " + threads);
    }
    String noRoundTrip = roundTrip ? DefaultPipeline.roundTripUnavailable() : null;
    if (noRoundTrip != null) {
      throw new Invalid(noRoundTrip + "; --roundtrip needs it");
    }
    LmRuntime runtime;
    try {
      runtime = LmRuntime.fromOptionNameOrDefault(lmRuntime);
    } catch (IllegalArgumentException e) {
      throw new Invalid(e.getMessage());
    }
    StartupTimes startup = new StartupTimes(); // what bench prints; score, screen and serve do not report it
    ScorerModel model;
    try {
      model = startup.time("scorer", () -> scorer != null ? ScorerModel.load(scorer)
          : roundTrip ? ScorerModel.bundledWithRoundTrip() : ScorerModel.bundled());
    } catch (IOException e) {
      throw new Invalid("cannot load scorer " + scorer + ": " + e.getMessage());
    }
    ModelLoading.Loaded loaded;
    try {
      loaded = ModelLoading.load(lm, runtime, threads, startup);
    } catch (IOException e) {
      throw new Invalid("cannot load language model: " + e.getMessage());
    }
    OriginalMatcher matcher = null;
    if (originals != null) {
      try {
        matcher = OriginalMatcher.open(originals);
      } catch (IOException e) {
        throw new Invalid(e instanceof OriginalsIndex.Unavailable ? e.getMessage()
            : "cannot open index of originals " + originals + ": " + Messages.of(e));
      }
    }
    return new Models(threshold == null ? model : model.withThreshold(threshold), loaded.languageModel(),
        loaded.languageTool(), matcher, roundTrip);
  }
}
