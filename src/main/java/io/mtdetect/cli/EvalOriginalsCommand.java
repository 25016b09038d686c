package io.mtdetect.cli;

import io.mtdetect.core.Messages;
import io.mtdetect.core.Relation;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.eval.MatchEvaluation;
import io.mtdetect.eval.MatchTruth;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.match.OriginalMatch;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.match.align.Alignment;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval-originals",
    description = {
      "Measure matching against an index of originals on labelled queries: top-1 source accuracy per query kind,",
      "false copy/round-trip matches where the source is not indexed, the relation confusion matrix, query time.",
      "TRUTH is a CSV with header id,source,relation,kind[,split] (scripts/make-match-data writes one)."
    },
    mixinStandardHelpOptions = true)
final class EvalOriginalsCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index of originals.")
  Path index;

  @Option(names = "--truth", required = true, paramLabel = "CSV", description = "What each query should match.")
  Path truthFile;

  @Option(names = "--split", paramLabel = "PART", defaultValue = "all",
      description = "Queries of the train or test split only, or all (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "Also write one CSV line per query (coverage, similarity, unchanged share) for tuning.")
  Path dump;

  @Parameters(arity = "1..*", paramLabel = "QUERIES", description = "The queries (anything score reads).")
  List<String> inputs;

  private final Console console;

  EvalOriginalsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (!List.of("train", "test", "all").contains(split)) {
      return console.usageError("--split must be train, test or all, got " + split);
    }
    Map<String, MatchTruth> truth;
    try {
      truth = MatchTruth.read(truthFile);
    } catch (IOException e) {
      return console.usageError("cannot read " + truthFile + ": " + Messages.of(e));
    }
    MatchEvaluation evaluation = new MatchEvaluation();
    int[] counts;
    try (OriginalMatcher matcher = OriginalMatcher.open(index);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT);
        PrintStream dumpOut = dump == null ? null : new PrintStream(Files.newOutputStream(dump), true, "UTF-8")) {
      console.err().printf(Locale.ROOT, "mtdetect: index %s holds %d originals (%.1f MB)%n", index,
          matcher.size(), directoryBytes(index) / 1e6);
      counts = evaluate(matcher, reader, truth, split, evaluation, dumpOut, console);
    } catch (OriginalsIndex.Unavailable e) {
      return console.usageError(e.getMessage());
    }
    console.out().printf(Locale.ROOT, "%d queries (%s split)%n", counts[0], split);
    evaluation.print(console.out());
    return ExitCodes.of(counts[0], counts[1]);
  }

  /**
   * Matches every query of the split against the index and tallies it in {@code evaluation}; query time is
   * retrieval and alignment on the calling thread, segmentation excluded.
   *
   * @param dumpOut one CSV line per query, or {@code null}
   * @return queries evaluated and queries that could not be read
   */
  static int[] evaluate(OriginalMatcher matcher, InputReader reader, Map<String, MatchTruth> truth, String split,
      MatchEvaluation evaluation, PrintStream dumpOut, Console console) throws IOException {
    Segmenter segmenter = DefaultPipeline.segmenter();
    int evaluated = 0;
    int failed = 0;
    if (dumpOut != null) {
      dumpOut.println("id,kind,expected,found,matched_id,matched_right_source,coverage,original_coverage,similarity,verbatim_share,links,"
          + "top_id,top_right_source,top_coverage,top_original_coverage,top_similarity,top_text_similarity,top_links,"
          + "query_sentences,top_sentences,top_score,second_score");
    }
    while (reader.hasNext()) {
      InputItem item = reader.next();
      MatchTruth expected = truth.get(item.id());
      if (expected == null || !(split.equals("all") || split.equals(expected.split()))) {
        continue;
      }
      if (!(item instanceof InputItem.Readable readable)) {
        failed++;
        console.itemError(item.source(), ((InputItem.Unreadable) item).reason());
        continue;
      }
      SegmentedArticle segmented = segmenter.segment(readable.article());
      long start = System.nanoTime();
      List<OriginalMatcher.Aligned> aligned = matcher.alignCandidates(segmented);
      Optional<OriginalMatch> match = OriginalMatcher.choose(aligned);
      long nanos = System.nanoTime() - start;
      Relation relation = match.map(OriginalMatch::relation).orElse(null);
      String matchedId = match.map(m -> m.original().id()).orElse(null);
      evaluation.add(expected, matchedId, relation, nanos);
      evaluated++;
      if (dumpOut != null) {
        Alignment a = match.map(OriginalMatch::alignment).orElse(null);
        OriginalMatcher.Aligned top = aligned.isEmpty() ? null : aligned.get(0);
        dumpOut.printf(Locale.ROOT, "\"%s\",%s,%s,%s,\"%s\",%b,%.4f,%.4f,%.4f,%.4f,%d,\"%s\",%b,%.4f,%.4f,%.4f,%.4f,%d,%d,%d,%.3f,%.3f%n",
            item.id().replace("\"", "\"\""), expected.kind(), expected.relation(), relation == null ? "none" : relation.label(),
            matchedId == null ? "" : matchedId.replace("\"", "\"\""), expected.isSource(matchedId),
            a == null ? 0 : a.coverage(), a == null ? 0 : a.originalCoverage(),
            a == null ? 0 : a.similarity(), a == null ? 0 : a.verbatimShare(), a == null ? 0 : a.links().size(),
            top == null ? "" : top.original().id().replace("\"", "\"\""), top != null && expected.isSource(top.original().id()),
            top == null ? 0 : top.alignment().coverage(), top == null ? 0 : top.alignment().originalCoverage(),
            top == null ? 0 : top.alignment().similarity(), top == null ? 0 : top.textSimilarity(),
            top == null ? 0 : top.alignment().links().size(), segmented.sentences().size(),
            top == null ? 0 : top.original().sentences().size(), top == null ? 0 : top.score(),
            aligned.size() > 1 ? aligned.get(1).score() : 0);
      }
    }
    return new int[] {evaluated, failed};
  }

  /** Bytes of the files in an index directory (Lucene keeps them flat). */
  static long directoryBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
