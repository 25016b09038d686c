package io.mtdetect.serve;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.DaemonThreads;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.pipeline.ArticleAnalyzer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The scoring threads every route shares: handler threads hand articles over and wait, so the
 * number of articles scored at once is the number of scoring threads however many requests are in
 * flight, as in a batch run.
 */
final class ScoringQueue implements AutoCloseable {
  private final ArticleAnalyzer analyzer;
  private final ExecutorService threads;
  private final Duration timeout;
  private final int size;

  ScoringQueue(ArticleAnalyzer analyzer, int threads, Duration timeout) {
    this.analyzer = analyzer;
    this.size = threads;
    this.threads = Executors.newFixedThreadPool(threads, DaemonThreads.named("mtdetect-score"));
    this.timeout = timeout;
  }

  ArticleAnalyzer analyzer() {
    return analyzer;
  }

  int threads() {
    return size;
  }

  Future<ArticleResult> submit(InputItem item) {
    return threads.submit(() -> analyzer.analyse(item));
  }

  /** The result of a submitted article; after the time-out the article is abandoned. */
  ArticleResult await(Future<ArticleResult> future, InputItem item) throws TimeoutException {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new TimeoutException("interrupted");
    } catch (ExecutionException e) {
      return ArticleResult.failed(item.id(), item.source(), "could not be scored: " + e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    }
  }

  ArticleResult score(InputItem item) throws TimeoutException {
    return await(submit(item), item);
  }

  String timeoutMessage() {
    return "scoring took longer than " + timeout.toSeconds() + " s";
  }

  /** Lets articles being scored finish (up to {@code grace}), then releases the analyzer. */
  @Override
  public void close() {
    close(Duration.ZERO);
  }

  void close(Duration grace) {
    threads.shutdown();
    try {
      threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    analyzer.close();
  }
}
