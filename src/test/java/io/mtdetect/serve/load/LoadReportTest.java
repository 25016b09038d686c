package io.mtdetect.serve.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTest {
  private static LoadTest.Outcome scored(long millis, int sentences) {
    return new LoadTest.Outcome(LoadTest.Outcome.Kind.SCORED, millis * 1_000_000, 200, sentences);
  }

  @Test
  void percentilesAreNearestRankOverEveryRequest() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = (i + 1) * 1_000_000_000L; // 1 s … 100 s
    }
    assertEquals(50.0, LoadReport.percentile(sorted, 50));
    assertEquals(95.0, LoadReport.percentile(sorted, 95));
    assertEquals(99.0, LoadReport.percentile(sorted, 99));
    assertEquals(1.0, LoadReport.percentile(new long[] {1_000_000_000L}, 99));
    assertEquals(0.0, LoadReport.percentile(new long[0], 50));
    // Three values: rank ceil(0.5 * 3) = 2, ceil(0.99 * 3) = 3.
    assertEquals(2.0, LoadReport.percentile(new long[] {1_000_000_000L, 2_000_000_000L, 3_000_000_000L}, 50));
    assertEquals(3.0, LoadReport.percentile(new long[] {1_000_000_000L, 2_000_000_000L, 3_000_000_000L}, 99));
  }

  @Test
  void outcomesAreCountedByKindAndRatesUseAnsweredArticles() {
    List<LoadTest.Outcome> outcomes = List.of(scored(100, 10), scored(300, 20), scored(200, 30),
        new LoadTest.Outcome(LoadTest.Outcome.Kind.ERROR_RECORD, 50_000_000, 200, 0),
        new LoadTest.Outcome(LoadTest.Outcome.Kind.HTTP_ERROR, 1_000_000, 429, 0),
        new LoadTest.Outcome(LoadTest.Outcome.Kind.HTTP_ERROR, 1_000_000, 429, 0),
        new LoadTest.Outcome(LoadTest.Outcome.Kind.LOST, 9_000_000_000L, 0, 0));
    LoadReport r = LoadReport.of(8, 2.0, outcomes);
    assertEquals(3, r.scored());
    assertEquals(60, r.sentences());
    assertEquals(1, r.errorRecords());
    assertEquals(Map.of(429, 2), r.httpErrors());
    assertEquals(1, r.lost());
    assertEquals(6, r.responses(), "every answered request; the lost one is not a response");
    assertEquals(2.0, r.articlesPerSecond(), 1e-9, "3 scored + 1 error record in 2 s");
    assertEquals(30.0, r.sentencesPerSecond(), 1e-9);
    assertEquals(9.0, r.maxSeconds(), 1e-9);
    // Sorted: 1, 1, 50, 100, 200, 300, 9000 ms; p50 = rank 4.
    assertEquals(0.1, r.p50Seconds(), 1e-9);
  }
}
