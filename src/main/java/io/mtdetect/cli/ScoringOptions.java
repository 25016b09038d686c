package io.mtdetect.cli;

import io.mtdetect.lm.LanguageModel;
import io.mtdetect.report.Formats;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every scoring command shares (score, screen), and the models they load. */
final class ScoringOptions {
  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Formats format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results to FILE instead of stdout.")
  Path out;

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

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (errors are still printed).")
  boolean quiet;

  /** The models a run scores with. */
  record Models(ScorerModel scorer, LanguageModel languageModel) {}

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
    ScorerModel model;
    try {
      model = scorer == null ? ScorerModel.bundled() : ScorerModel.load(scorer);
    } catch (IOException e) {
      throw new Invalid("cannot load scorer " + scorer + ": " + e.getMessage());
    }
    LanguageModel languageModel;
    try {
      languageModel = BuiltInModels.languageModelWhileLanguageToolWarmsUp(lm, threads);
    } catch (IOException e) {
      throw new Invalid("cannot load language model: " + e.getMessage());
    }
    return new Models(threshold == null ? model : model.withThreshold(threshold), languageModel);
  }
}
