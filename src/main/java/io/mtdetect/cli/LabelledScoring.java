package io.mtdetect.cli;

import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.Labels;
import io.mtdetect.eval.LabelledArticles;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What {@code eval} and {@code train-scorer} share: load labels and models, score, join, report join errors. */
final class LabelledScoring {
  private LabelledScoring() {}

  /** A user-facing failure, already printed; carries the exit code. */
  static final class Failed extends Exception {
    final int exitCode;

    Failed(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  static List<LabelledArticles.Item> score(Console console, List<String> inputs, Path labelsFile, ScorerModel model,
      String lm, int threads, DocumentSplit.Part part) throws Failed, InterruptedException, IOException {
    Labels labels;
    LanguageModel languageModel;
    try {
      labels = Labels.read(labelsFile, inputs);
      languageModel = BuiltInModels.languageModel(lm, threads);
    } catch (IOException e) {
      throw new Failed(console.usageError(e.getMessage()));
    }
    Progress progress = new Progress(console.err(), console.stderrIsTerminal());
    LabelledArticles.Collected collected;
    try (ArticleAnalyzer analyzer = DefaultPipeline.create(model, threads, languageModel);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      collected = LabelledArticles.collect(new BatchRunner(analyzer, threads), reader, labels, part, result -> {
        progress.itemDone();
        if (result.isError()) {
          console.itemError(result.source(), result.error());
        }
      });
    }
    progress.clear();
    if (!collected.unlabelled().isEmpty()) {
      throw new Failed(console.usageError(collected.unlabelled().size() + " scored article(s) have no label in "
          + labelsFile + ", e.g. \"" + collected.unlabelled().get(0) + "\""));
    }
    if (!collected.missing().isEmpty()) {
      throw new Failed(console.usageError(collected.missing().size() + " labelled id(s) in " + labelsFile
          + " match no scored article (unknown id or unreadable input), e.g. \"" + collected.missing().get(0) + "\""));
    }
    return collected.items();
  }

  /** Saved results ({@code score --format jsonl} of the labelled inputs) joined with the labels. */
  static List<LabelledArticles.Item> fromResults(Console console, Path results, List<String> inputs, Path labelsFile)
      throws Failed, IOException {
    Labels labels;
    try {
      labels = Labels.read(labelsFile, inputs);
    } catch (IOException e) {
      throw new Failed(console.usageError(e.getMessage()));
    }
    if (!java.nio.file.Files.isReadable(results)) {
      throw new Failed(console.usageError("cannot read results file " + results));
    }
    com.fasterxml.jackson.databind.ObjectMapper json = io.mtdetect.report.Json.mapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<io.mtdetect.core.ArticleResult> read = new java.util.ArrayList<>();
    try (java.io.BufferedReader lines = java.nio.file.Files.newBufferedReader(results)) {
      int number = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (!line.isBlank()) {
          try {
            read.add(json.readValue(line, io.mtdetect.core.ArticleResult.class));
          } catch (IOException e) {
            throw new Failed(console.usageError(results + ":" + number + ": not a mtdetect result record"));
          }
        }
      }
    }
    List<LabelledArticles.Item> items = LabelledArticles.fromResults(read, labels);
    if (items.isEmpty()) {
      throw new Failed(console.usageError("no result in " + results + " has a label in " + labelsFile));
    }
    return items;
  }

  /** The language model's description for provenance, without loading it twice. */
  static String describe(String lm) {
    return lm == null ? "built-in (models/lm, when present)" : lm;
  }
}
