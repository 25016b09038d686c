package io.mtdetect.cli;

import io.mtdetect.core.Article;
import io.mtdetect.core.Messages;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.ingest.InputCount;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.OrderedWindow;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "index",
    description = {
      "Add original articles to an index of originals (Apache Lucene), for score/screen --originals and compare.",
      "INPUT is anything score reads: text files, directories, JSON Lines ({\"id\",\"text\",\"title\"?,\"url\"?}),",
      "saved pages, URLs, RSS/Atom feeds, or - for stdin. Re-adding an id replaces the article; other processes",
      "may search the index meanwhile and see the additions once this command ends."
    },
    mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
  /** Commit this often so a long run's work is durable, and visible to readers, as it goes. */
  static final int COMMIT_EVERY = 5_000;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index directory (created if needed).")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, feeds, or - for stdin.")
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (errors and the summary are still printed).")
  boolean quiet;

  private final Console console;

  IndexCommand(Console console) {
    this.console = console;
  }

  /** What became of one input item: added, replaced, or the one-line problem. */
  private record Outcome(boolean replaced, String problem) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1) {
      return console.usageError("--threads must be at least 1, got " + threads);
    }
    Segmenter segmenter = DefaultPipeline.segmenter();
    Progress progress = new Progress(console.err(), !quiet && console.stderrIsTerminal(),
        quiet || !console.stderrIsTerminal() ? -1 : InputCount.estimate(inputs));
    Counts counts = new Counts();
    try (OriginalsIndex writer = OriginalsIndex.openOrCreate(index);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      new OrderedWindow(threads, "mtdetect-index").<InputItem, Outcome, IOException>run(reader,
          item -> add(writer, segmenter, item), (item, outcome) -> {
            if (outcome.problem() != null) {
              counts.failed++;
              progress.clear();
              console.itemError(item.source(), outcome.problem());
            } else if (outcome.replaced()) {
              counts.replaced++;
            } else {
              counts.added++;
            }
            if (outcome.problem() == null && (counts.added + counts.replaced) % COMMIT_EVERY == 0) {
              writer.commit();
            }
            progress.itemDone();
          });
    } catch (OriginalsIndex.Unavailable e) {
      progress.clear();
      return console.usageError(e.getMessage());
    } catch (IOException e) {
      progress.clear();
      return console.usageError("cannot write index " + index + ": " + Messages.of(e));
    }
    progress.clear();
    console.out().printf(Locale.ROOT, "mtdetect: index %s: %d added, %d replaced, %d failed, in %.1f s%n",
        index, counts.added, counts.replaced, counts.failed, progress.elapsedSeconds());
    return ExitCodes.of(counts.added + counts.replaced, counts.failed);
  }

  /** Tallies kept by the sink, which runs on the calling thread. */
  private static final class Counts {
    int added;
    int replaced;
    int failed;
  }

  private static Outcome add(OriginalsIndex writer, Segmenter segmenter, InputItem item) throws IOException {
    if (item instanceof InputItem.Unreadable bad) {
      return new Outcome(false, bad.reason());
    }
    IndexedOriginal original;
    try {
      original = toOriginal(segmenter, ((InputItem.Readable) item).article());
    } catch (RuntimeException e) {
      return new Outcome(false, "could not be segmented: " + Messages.of(e));
    }
    if (original == null) {
      return new Outcome(false, "no article text left to index after removing page furniture");
    }
    return new Outcome(writer.upsert(original), null);
  }

  /** The article as the index keeps it; {@code null} when nothing is left after segmentation. */
  static IndexedOriginal toOriginal(Segmenter segmenter, Article article) {
    SegmentedArticle segmented = segmenter.segment(article);
    if (segmented.sentences().isEmpty()) {
      return null;
    }
    return new IndexedOriginal(article.id(), article.url(), segmented.title(),
        segmented.sentences().stream().map(Sentence::text).toList());
  }
}
