package io.mtdetect.cli;

import io.mtdetect.core.Article;
import io.mtdetect.core.Messages;
import io.mtdetect.eval.MatchEvaluation;
import io.mtdetect.eval.MatchTruth;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.match.bench.SyntheticOriginals;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.OrderedWindow;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-index", mixinStandardHelpOptions = true,
    description = {"The index of originals at scale: builds an index of SIZE originals in an empty DIR (the real",
        "originals, then synthetic distractors made of paragraphs of different articles of a news corpus, none of",
        "which shares a sentence with an original or a query), the way `index` does, adds --then-add more in a",
        "second run as a day's sources would be, then matches the queries against it as `eval-originals` does.",
        "Prints build time and rate, index size on disk, peak heap, query time p50/p99 and top-1 by query kind."})
final class BenchIndexCommand implements Callable<Integer> {
  /** Without a terminal (a long run in the background), a line this often shows the run is alive. */
  static final int LOG_EVERY = 50_000;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Where to build (must not hold an index).")
  Path index;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Originals in the index, distractors included.")
  long size;

  @Option(names = "--originals", required = true, paramLabel = "JSONL", description = "The real originals (make-match-data).")
  Path originals;

  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "News paragraphs, one per line, a blank line between articles (gzip or plain).")
  Path corpus;

  @Option(names = "--queries", required = true, paramLabel = "JSONL", description = "The queries to match.")
  Path queries;

  @Option(names = "--truth", required = true, paramLabel = "CSV", description = "What each query should match.")
  Path truthFile;

  @Option(names = "--split", defaultValue = "test", paramLabel = "PART",
      description = "Queries of the train or test split, or all (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--then-add", defaultValue = "0", paramLabel = "N",
      description = "Distractors added by a second, incremental run after the build (default: ${DEFAULT-VALUE}).")
  int thenAdd;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Console console;

  BenchIndexCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (size < 1 || thenAdd < 0 || threads < 1) {
      return console.usageError("--size and --threads must be positive, --then-add not negative");
    }
    if (!List.of("train", "test", "all").contains(split)) {
      return console.usageError("--split must be train, test or all, got " + split);
    }
    if (Files.isDirectory(index) && !isEmpty(index)) {
      return console.usageError(index + " is not empty: bench-index builds a new index");
    }
    for (Path p : List.of(originals, corpus, queries, truthFile)) {
      if (!Files.isReadable(p)) {
        return console.usageError("cannot read " + p);
      }
    }
    Map<String, MatchTruth> truth = MatchTruth.read(truthFile);
    Set<Long> keep = new HashSet<>();
    List<Article> real = readAll(originals, keep);
    readAll(queries, keep);
    SyntheticOriginals synthetic = SyntheticOriginals.read(corpus, keep);
    long distractors = Math.max(0, size - real.size());
    console.err().printf(Locale.ROOT, "mtdetect: %d real originals + %d distractors from %d corpus articles (%d paragraphs)%n",
        real.size(), distractors, synthetic.poolArticles(), synthetic.poolParagraphs());

    resetPeakHeap();
    Build build = build(concat(real.iterator(), synthetic.distractors(0, distractors)), size);
    long bytes = EvalOriginalsCommand.directoryBytes(index);
    console.out().printf(Locale.ROOT, "build: %d originals in %.1f s (%.0f articles/s, %d threads), %.1f MB on disk (%.0f bytes per"
        + " original), peak heap %.0f MB of %.0f MB%n", build.added, build.seconds, build.added / build.seconds, threads,
        bytes / 1e6, (double) bytes / Math.max(1, build.added), peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    if (thenAdd > 0) {
      resetPeakHeap();
      Build added = build(synthetic.distractors(distractors, thenAdd), thenAdd);
      console.out().printf(Locale.ROOT, "incremental: %d more added to the %d in %.1f s (%.0f articles/s), peak heap %.0f MB%n",
          added.added, build.added, added.seconds, added.added / added.seconds, peakHeapBytes() / 1e6);
    }

    MatchEvaluation evaluation = new MatchEvaluation();
    int[] counts;
    resetPeakHeap();
    try (OriginalMatcher matcher = OriginalMatcher.open(index);
        InputReader reader = new InputReader(List.of(queries.toString()), console.in(), InputLimits.DEFAULT)) {
      counts = EvalOriginalsCommand.evaluate(matcher, reader, truth, split, evaluation, null, console);
    }
    console.out().printf(Locale.ROOT, "%d queries (%s split), peak heap while matching %.0f MB%n", counts[0], split,
        peakHeapBytes() / 1e6);
    evaluation.print(console.out());
    console.out().printf(Locale.ROOT, "summary: size %d, build %.0f s, %.0f MB, query p50 %.1f ms, p99 %.1f ms, top-1 round trips %s,"
        + " copies %s, unindexed not matched %s%n", build.added, build.seconds, bytes / 1e6, evaluation.latencyMillis(0.5),
        evaluation.latencyMillis(0.99), share(evaluation.topOne("round-trip/")), share(evaluation.topOne("copy/")),
        share(evaluation.topOne("unindexed/")));
    return ExitCodes.of(counts[0], counts[1]);
  }

  private record Build(long added, double seconds) {}

  /** A share to four places, or n/a where no query was of the kind. */
  private static String share(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** Indexes the articles as `index` does (segmentation on every thread, a commit every few thousand). */
  private Build build(Iterator<Article> articles, long expected) throws IOException, InterruptedException {
    Segmenter segmenter = DefaultPipeline.segmenter();
    long start = System.nanoTime();
    long[] done = {0};
    try (OriginalsIndex writer = OriginalsIndex.openOrCreate(index)) {
      new OrderedWindow(threads, "mtdetect-bench-index").<Article, IndexedOriginal, IOException>run(articles, article -> {
        IndexedOriginal original = IndexCommand.toOriginal(segmenter, article);
        if (original != null) {
          writer.upsert(original);
        }
        return original;
      }, (article, original) -> {
        if (original == null) {
          return;
        }
        done[0]++;
        if (done[0] % IndexCommand.COMMIT_EVERY == 0) {
          writer.commit();
        }
        if (done[0] % LOG_EVERY == 0) {
          double seconds = (System.nanoTime() - start) / 1e9;
          console.err().printf(Locale.ROOT, "mtdetect: %d/%d indexed, %.0f s, %.0f articles/s, heap peak %.0f MB%n",
              done[0], expected, seconds, done[0] / seconds, peakHeapBytes() / 1e6);
        }
      });
    }
    return new Build(done[0], (System.nanoTime() - start) / 1e9);
  }

  private List<Article> readAll(Path jsonl, Set<Long> keys) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (InputReader reader = new InputReader(List.of(jsonl.toString()), console.in(), InputLimits.DEFAULT)) {
      while (reader.hasNext()) {
        InputItem item = reader.next();
        if (item instanceof InputItem.Readable readable) {
          articles.add(readable.article());
          keys.addAll(SyntheticOriginals.sentenceKeys(readable.article().text()));
        } else {
          console.itemError(item.source(), ((InputItem.Unreadable) item).reason());
        }
      }
    } catch (IOException e) {
      throw new IOException("cannot read " + jsonl + ": " + Messages.of(e), e);
    }
    return articles;
  }

  private static <T> Iterator<T> concat(Iterator<? extends T> first, Iterator<? extends T> second) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return first.hasNext() || second.hasNext();
      }

      @Override
      public T next() {
        return first.hasNext() ? first.next() : second.next();
      }
    };
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }

  private static void resetPeakHeap() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last reset (an upper bound on the heap in use at any moment). */
  private static long peakHeapBytes() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
