package io.mtdetect.eval;

import io.mtdetect.core.Relation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies matching results against {@link MatchTruth}: top-1 source accuracy per query kind, false
 * copy/round-trip matches among queries whose source is not indexed, the relation confusion matrix,
 * and query latency.
 */
public final class MatchEvaluation {
  private static final List<String> PREDICTED = List.of("copy", "round-trip", "same-story", "none");
  private static final List<String> EXPECTED = List.of("copy", "round-trip", "none");

  private final Map<String, int[]> byKind = new TreeMap<>(); // queries, right source, right relation
  private final Map<String, int[]> confusion = new TreeMap<>();
  private final List<Long> latencyNanos = new ArrayList<>();

  /**
   * @param matchedId the id of the original matched (any relation), or {@code null}
   * @param relation  the relation found, or {@code null} for no match
   */
  public void add(MatchTruth truth, String matchedId, Relation relation, long nanos) {
    String predicted = relation == null ? "none" : relation.label();
    boolean sourceRight = truth.source().isEmpty()
        ? relation == null || relation == Relation.SAME_STORY
        : truth.isSource(matchedId) && relation != Relation.SAME_STORY;
    boolean relationRight = truth.relation().equals("none")
        ? relation == null || relation == Relation.SAME_STORY
        : truth.relation().equals(predicted);
    int[] k = byKind.computeIfAbsent(truth.kind(), x -> new int[3]);
    k[0]++;
    k[1] += sourceRight ? 1 : 0;
    k[2] += relationRight ? 1 : 0;
    confusion.computeIfAbsent(truth.relation(), x -> new int[PREDICTED.size()])[PREDICTED.indexOf(predicted)]++;
    latencyNanos.add(nanos);
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "%-36s %6s %10s %10s%n", "KIND", "N", "TOP-1", "RELATION");
    for (Map.Entry<String, int[]> e : byKind.entrySet()) {
      int[] k = e.getValue();
      out.printf(Locale.ROOT, "%-36s %6d %10.4f %10.4f%n", e.getKey(), k[0], (double) k[1] / k[0], (double) k[2] / k[0]);
    }
    out.println("(TOP-1 for unindexed kinds: share NOT matched as copy or round-trip)");
    out.println();
    out.printf(Locale.ROOT, "%-12s%s%n", "expected \\ found", String.join("", PREDICTED.stream()
        .map(p -> String.format(Locale.ROOT, "%12s", p)).toList()));
    int matched = 0;
    int matchedRight = 0;
    for (String expected : EXPECTED) {
      int[] row = confusion.getOrDefault(expected, new int[PREDICTED.size()]);
      out.printf(Locale.ROOT, "%-16s%s%n", expected, String.join("", Arrays.stream(row)
          .mapToObj(n -> String.format(Locale.ROOT, "%12d", n)).toList()));
      for (int p = 0; p < PREDICTED.size() - 1; p++) {
        matched += row[p];
        boolean right = expected.equals("none") ? PREDICTED.get(p).equals("same-story") : expected.equals(PREDICTED.get(p));
        matchedRight += right ? row[p] : 0;
      }
    }
    out.printf(Locale.ROOT, "relation correct among matched articles: %.4f (%d of %d)%n",
        matched == 0 ? 0 : (double) matchedRight / matched, matchedRight, matched);
    long[] sorted = latencyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length > 0) {
      out.printf(Locale.ROOT, "query time (retrieval + alignment, one thread): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }
  }

  /**
   * The share of queries of every kind starting with {@code prefix} (say {@code round-trip/}) whose source was
   * found (for unindexed kinds: not matched as copy or round-trip); NaN when there are none.
   */
  public double topOne(String prefix) {
    int queries = 0;
    int right = 0;
    for (Map.Entry<String, int[]> e : byKind.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        queries += e.getValue()[0];
        right += e.getValue()[1];
      }
    }
    return queries == 0 ? Double.NaN : (double) right / queries;
  }

  /** The {@code q} quantile of query time in milliseconds; NaN before any query. */
  public double latencyMillis(double q) {
    long[] sorted = latencyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted.length == 0 ? Double.NaN : percentile(sorted, q) / 1e6;
  }

  private static double percentile(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
