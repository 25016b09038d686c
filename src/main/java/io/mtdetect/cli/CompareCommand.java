package io.mtdetect.cli;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.match.Comparison;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.ComparisonFormat;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "compare",
    description = {
      "Show two articles side by side: A (the repost) aligned sentence by sentence to B (the original), with the",
      "words the repost changed and the relation (copy, round-trip, same-story, or none).",
      "A and B are anything score reads (the first article of each is compared)."
    },
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The article that may derive from B.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The original.")
  String b;

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ComparisonFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  private final Console console;

  CompareCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Segmenter segmenter = DefaultPipeline.segmenter();
    SegmentedArticle left = read(segmenter, a);
    SegmentedArticle right = read(segmenter, b);
    if (left == null || right == null) {
      return ExitCodes.NOTHING_SCORED_OR_USAGE;
    }
    try (Writer writer = console.openOutput(out)) {
      format.write(Comparison.of(left, right), writer);
    } catch (IOException e) {
      return console.usageError("cannot write " + (out == null ? "output" : out) + ": " + e.getMessage());
    }
    return ExitCodes.OK;
  }

  /** The first article of an input, segmented; null (after one line on stderr) when there is none. */
  private SegmentedArticle read(Segmenter segmenter, String input) throws IOException {
    try (InputReader reader = new InputReader(List.of(input), console.in(), InputLimits.DEFAULT)) {
      if (!reader.hasNext()) {
        console.itemError(input, "no article found");
        return null;
      }
      InputItem item = reader.next();
      if (item instanceof InputItem.Unreadable bad) {
        console.itemError(bad.source(), bad.reason());
        return null;
      }
      SegmentedArticle segmented = segmenter.segment(((InputItem.Readable) item).article());
      if (segmented.sentences().isEmpty()) {
        console.itemError(input, "no article text left after removing page furniture");
        return null;
      }
      return segmented;
    }
  }
}
