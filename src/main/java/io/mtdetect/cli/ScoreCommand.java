package io.mtdetect.cli;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.Formats;
import io.mtdetect.report.OutputFormat;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "score",
    description = {
      "Score articles for signs of machine (round-trip) translation.",
      "INPUT is a text file (first line = title), a directory (searched recursively for *.txt, *.text,",
      "*.jsonl), a JSON Lines file (one {\"id\",\"text\",\"title\"?,\"url\"?} object per line), or - for stdin."
    },
    mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
  List<String> inputs;

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

  private final Console console;

  ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (threshold != null && (threshold <= 0 || threshold >= 1)) {
      return console.usageError("--threshold must be between 0 and 1 (exclusive), got " + threshold);
    }
    if (threads < 1) {
      return console.usageError("--threads must be at least 1, got " + threads);
    }
    ScorerModel model;
    try {
      model = scorer == null ? ScorerModel.bundled() : ScorerModel.load(scorer);
    } catch (IOException e) {
      return console.usageError("cannot load scorer " + scorer + ": " + e.getMessage());
    }
    if (threshold != null) {
      model = model.withThreshold(threshold);
    }
    Writer writer;
    try {
      writer = console.openOutput(out);
    } catch (IOException e) {
      return console.usageError("cannot write " + out + ": " + e.getMessage());
    }
    LanguageModel languageModel;
    try {
      languageModel = BuiltInModels.languageModel(lm, threads);
    } catch (IOException e) {
      return console.usageError("cannot load language model: " + e.getMessage());
    }
    Progress progress = new Progress(console.err(), !quiet && console.stderrIsTerminal());
    BatchRunner.Summary summary;
    try (writer;
        ArticleAnalyzer analyzer = DefaultPipeline.create(model, threads, languageModel);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      OutputFormat output = format.open(writer);
      summary = new BatchRunner(analyzer, threads).run(reader, result -> {
        emit(output, result);
        progress.itemDone();
      });
      output.finish();
    } catch (UncheckedIOException e) {
      progress.clear();
      return console.usageError("cannot write output: " + e.getCause().getMessage());
    }
    progress.clear();
    if (!quiet) {
      console.err().printf(Locale.ROOT, "mtdetect: scored %d article%s, %d failed, in %.1f s%n",
          summary.scored(), summary.scored() == 1 ? "" : "s", summary.failed(), progress.elapsedSeconds());
    }
    return ExitCodes.of(summary.scored(), summary.failed());
  }

  private void emit(OutputFormat output, ArticleResult result) {
    if (result.isError()) {
      console.itemError(result.source(), result.error());
    }
    try {
      output.write(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
