package io.mtdetect.serve.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load test measured: responses by outcome, articles scored per second, and latency
 * percentiles over every request (nearest-rank).
 *
 * @param scored records of scored articles
 * @param sentences sentences in those records
 * @param errorRecords records that are an article's {@code error} (the article, not the service, failed)
 * @param httpErrors responses other than 200, by status
 * @param lost requests with no response, or a response that is not the article's record
 */
public record LoadReport(int clients, double seconds, int scored, int sentences, int errorRecords, Map<Integer, Integer> httpErrors,
    int lost, double p50Seconds, double p95Seconds, double p99Seconds, double maxSeconds) {

  static LoadReport of(int clients, double seconds, List<LoadTest.Outcome> outcomes) {
    long[] latencies = outcomes.stream().mapToLong(LoadTest.Outcome::nanos).sorted().toArray();
    Map<Integer, Integer> httpErrors = new TreeMap<>();
    int scored = 0;
    int errorRecords = 0;
    int lost = 0;
    for (LoadTest.Outcome o : outcomes) {
      switch (o.kind()) {
        case SCORED -> scored++;
        case ERROR_RECORD -> errorRecords++;
        case HTTP_ERROR -> httpErrors.merge(o.status(), 1, Integer::sum);
        case LOST -> lost++;
      }
    }
    int sentences = outcomes.stream().mapToInt(LoadTest.Outcome::sentences).sum();
    return new LoadReport(clients, seconds, scored, sentences, errorRecords, httpErrors, lost, percentile(latencies, 50),
        percentile(latencies, 95), percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e9);
  }

  /** The nearest-rank percentile of sorted nanosecond latencies, in seconds. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e9;
  }

  public int responses() {
    return scored + errorRecords + httpErrorCount();
  }

  /** Articles answered with their record (scored or the article's own error) per second. */
  public double articlesPerSecond() {
    return (scored + errorRecords) / seconds;
  }

  public double sentencesPerSecond() {
    return sentences / seconds;
  }

  public int httpErrorCount() {
    return httpErrors.values().stream().mapToInt(Integer::intValue).sum();
  }
}
