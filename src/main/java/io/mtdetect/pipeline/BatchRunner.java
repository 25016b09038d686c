package io.mtdetect.pipeline;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputItem;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Scores a stream of input items on a fixed number of threads and hands results to the sink in
 * input order, through an {@link OrderedWindow} (bounded memory, output as it goes). A failure in one
 * article becomes that article's error result; the others are still scored.
 */
public final class BatchRunner {
  private final ArticleAnalyzer analyzer;
  private final int threads;

  public BatchRunner(ArticleAnalyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** Counts of a finished run. */
  public record Summary(int scored, int failed) {}

  public Summary run(Iterator<InputItem> items, Consumer<ArticleResult> sink) throws InterruptedException {
    int[] scoredAndFailed = new int[2];
    new OrderedWindow(threads, "mtdetect-worker").<InputItem, ArticleResult, RuntimeException>run(items,
        analyzer::analyse, (item, result) -> {
          scoredAndFailed[result.isError() ? 1 : 0]++;
          sink.accept(result);
        });
    return new Summary(scoredAndFailed[0], scoredAndFailed[1]);
  }
}
