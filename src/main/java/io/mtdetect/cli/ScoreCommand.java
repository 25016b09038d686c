package io.mtdetect.cli;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputCount;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.report.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "score",
    description = {
      "Score articles for signs of machine (round-trip) translation.",
      "INPUT is a text file (first line = title), a directory (searched recursively for *.txt, *.text,",
      "*.jsonl, *.html), a saved web page (*.html, *.htm) or a URL, a JSON Lines file (one {\"id\",\"text\",\"title\"?,\"url\"?} object per line), or - for stdin."
    },
    mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
  List<String> inputs;

  @Mixin ScoringOptions options = new ScoringOptions();

  private final Console console;

  ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ScoringOptions.Models models;
    try {
      models = options.load();
    } catch (ScoringOptions.Invalid e) {
      return console.usageError(e.getMessage());
    }
    Writer writer;
    try {
      writer = console.openOutput(options.out);
    } catch (IOException e) {
      return console.usageError("cannot write " + options.out + ": " + e.getMessage());
    }
    Progress progress = new Progress(console.err(), !options.quiet && console.stderrIsTerminal(),
        options.quiet || !console.stderrIsTerminal() ? -1 : InputCount.estimate(inputs));
    BatchRunner.Summary summary;
    try (writer;
        ArticleAnalyzer analyzer = options.analyzer(models);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      OutputFormat output = options.format.open(writer);
      summary = new BatchRunner(analyzer, options.threads).run(reader, result -> {
        emit(output, result);
        progress.itemDone();
      });
      output.finish();
    } catch (UncheckedIOException e) {
      progress.clear();
      return console.usageError("cannot write output: " + e.getCause().getMessage());
    }
    progress.clear();
    if (!options.quiet) {
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
