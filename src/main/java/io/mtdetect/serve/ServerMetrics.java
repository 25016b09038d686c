package io.mtdetect.serve;

import io.mtdetect.core.ArticleResult;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counters and a latency histogram, written in the Prometheus text format at {@code GET /metrics}. */
final class ServerMetrics {
  private static final double[] BUCKETS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> verdicts = new ConcurrentHashMap<>();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong sentences = new AtomicLong();
  private final AtomicLong failedArticles = new AtomicLong();
  private final AtomicLongArray latencyBuckets = new AtomicLongArray(BUCKETS.length);
  private final AtomicLong latencyCount = new AtomicLong();
  private final AtomicLong latencyMicros = new AtomicLong();
  final AtomicInteger inFlight = new AtomicInteger();

  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(route + "\u0000" + status, k -> new AtomicLong()).incrementAndGet();
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        latencyBuckets.incrementAndGet(i);
      }
    }
    latencyCount.incrementAndGet();
    latencyMicros.addAndGet(nanos / 1000);
  }

  void article(ArticleResult result) {
    if (result.isError()) {
      failedArticles.incrementAndGet();
      return;
    }
    articles.incrementAndGet();
    sentences.addAndGet(result.sentences().size());
    verdicts.computeIfAbsent(result.verdict().label(), k -> new AtomicLong()).incrementAndGet();
  }

  /** The metrics now; {@code waiting} is how many connections wait for a handler thread. */
  String render(int waiting) {
    StringBuilder out = new StringBuilder(2048);
    out.append("# HELP mtdetect_requests_total HTTP requests by route and status.\n# TYPE mtdetect_requests_total counter\n");
    new TreeMap<>(requests).forEach((key, n) -> {
      String[] parts = key.split("\u0000");
      out.append("mtdetect_requests_total{route=\"").append(parts[0]).append("\",status=\"").append(parts[1])
          .append("\"} ").append(n.get()).append('\n');
    });
    out.append("# HELP mtdetect_request_seconds Request latency.\n# TYPE mtdetect_request_seconds histogram\n");
    for (int i = 0; i < BUCKETS.length; i++) {
      out.append(String.format(Locale.ROOT, "mtdetect_request_seconds_bucket{le=\"%s\"} %d%n", bucketLabel(BUCKETS[i]),
          latencyBuckets.get(i)));
    }
    out.append("mtdetect_request_seconds_bucket{le=\"+Inf\"} ").append(latencyCount.get()).append('\n');
    out.append(String.format(Locale.ROOT, "mtdetect_request_seconds_sum %.6f%n", latencyMicros.get() / 1e6));
    out.append("mtdetect_request_seconds_count ").append(latencyCount.get()).append('\n');
    counter(out, "mtdetect_articles_scored_total", "Articles scored.", articles.get());
    counter(out, "mtdetect_articles_failed_total", "Articles that could not be read or scored.", failedArticles.get());
    counter(out, "mtdetect_sentences_scored_total", "Sentences scored.", sentences.get());
    out.append("# HELP mtdetect_verdicts_total Scored articles by verdict.\n# TYPE mtdetect_verdicts_total counter\n");
    new TreeMap<>(verdicts).forEach((verdict, n) ->
        out.append("mtdetect_verdicts_total{verdict=\"").append(verdict).append("\"} ").append(n.get()).append('\n'));
    out.append("# HELP mtdetect_requests_in_flight Requests being handled.\n")
        .append("# TYPE mtdetect_requests_in_flight gauge\nmtdetect_requests_in_flight ").append(inFlight.get()).append('\n');
    out.append("# HELP mtdetect_requests_waiting Connections waiting for a handler thread.\n")
        .append("# TYPE mtdetect_requests_waiting gauge\nmtdetect_requests_waiting ").append(waiting).append('\n');
    return out.toString();
  }

  private static String bucketLabel(double b) {
    return b == Math.rint(b) ? String.valueOf((long) b) : String.valueOf(b);
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" counter\n")
        .append(name).append(' ').append(value).append('\n');
  }
}
