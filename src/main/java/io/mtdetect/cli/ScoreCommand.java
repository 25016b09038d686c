package io.mtdetect.cli;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputCount;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.report.Formats;
import io.mtdetect.report.OutputFormat;
import io.mtdetect.report.ResumePoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import picocli.CommandLine.Option;
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

  @Option(names = "--resume",
      description = "Continue a run that was interrupted (killed, crashed): keep the records already in --out, drop an"
          + " unfinished last line, skip the inputs they cover and append the rest, so every input appears exactly once,"
          + " in input order. Needs --out and --format jsonl, and the same inputs as the interrupted run.")
  boolean resume;

  private final Console console;

  ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ModelOptions.Models models;
    try {
      models = options.models.load();
    } catch (ModelOptions.Invalid e) {
      return console.usageError(e.getMessage());
    }
    ResumePoint resumeFrom = new ResumePoint(List.of(), 0);
    if (resume) {
      if (options.out == null || options.format != Formats.JSONL) {
        return console.usageError("--resume needs --out FILE and --format jsonl");
      }
      try {
        resumeFrom = ResumePoint.read(options.out);
      } catch (ResumePoint.NotResumable e) {
        return console.usageError(e.getMessage());
      } catch (IOException e) {
        return console.usageError("cannot read " + options.out + " to resume: " + e.getMessage());
      }
    }
    Writer writer;
    try {
      writer = resume ? Console.replacing(Files.newOutputStream(options.out, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)) : console.openOutput(options.out);
    } catch (IOException e) {
      return console.usageError("cannot write " + options.out + ": " + e.getMessage());
    }
    Progress progress = new Progress(console.err(), !options.quiet && console.stderrIsTerminal(),
        options.quiet || !console.stderrIsTerminal() ? -1 : InputCount.estimate(inputs));
    BatchRunner.Summary summary;
    try (writer;
        ArticleAnalyzer analyzer = options.models.analyzer(models);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      OutputFormat output = options.format.open(writer);
      Iterator<InputItem> remaining;
      try {
        remaining = SkippedInputs.after(reader, resumeFrom, options.out);
      } catch (SkippedInputs.Mismatch e) {
        return console.usageError(e.getMessage());
      }
      if (resumeFrom.done() > 0 && !options.quiet) {
        console.err().printf(Locale.ROOT, "mtdetect: resuming after %d article%s already in %s%n", resumeFrom.done(),
            resumeFrom.done() == 1 ? "" : "s", options.out);
      }
      summary = new BatchRunner(analyzer, options.models.threads).run(remaining, result -> {
        emit(output, result);
        progress.itemDone();
      });
      output.finish();
    } catch (UncheckedIOException e) {
      progress.clear();
      if (System.getenv("MTDETECT_DEBUG") != null) {
        e.printStackTrace(console.err());
      }
      return console.usageError("cannot write output: " + e.getCause().getMessage());
    }
    progress.clear();
    if (!options.quiet) {
      console.err().printf(Locale.ROOT, "mtdetect: scored %d article%s, %d failed, in %.1f s%n",
          summary.scored(), summary.scored() == 1 ? "" : "s", summary.failed(), progress.elapsedSeconds());
    }
    int failedBefore = resumeFrom.failed();
    return ExitCodes.of(summary.scored() + resumeFrom.done() - failedBefore, summary.failed() + failedBefore);
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
