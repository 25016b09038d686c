package io.mtdetect.cli;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Verdict;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.ingest.feed.FeedArticles;
import io.mtdetect.ingest.feed.FeedItem;
import io.mtdetect.ingest.feed.FeedParser;
import io.mtdetect.ingest.feed.SeenItems;
import io.mtdetect.ingest.web.PageFetcher;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.report.OutputFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "screen",
    description = {
      "Screen RSS 2.0 / Atom feeds: score every item and list them worst first.",
      "Each item is scored on its full content when the feed carries it, else on the linked page (when",
      "online), else on its summary; textFrom says which. Exit code 3 when any item is flagged",
      "(mtProbability at or above --threshold), so cron jobs and pipelines can act on it."
    },
    mixinStandardHelpOptions = true)
final class ScreenCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed files or URLs.")
  List<String> feeds;

  @Mixin ScoringOptions options = new ScoringOptions();

  @Option(names = "--state", paramLabel = "FILE",
      description = "Remember screened items here and skip them next time (same guid/link and content).")
  Path state;

  @Option(names = "--no-fetch", description = "Never fetch linked pages; score the summary when there is no content.")
  boolean noFetch;

  private final Console console;

  ScreenCommand(Console console) {
    this.console = console;
  }

  /** A feed item waiting to be scored: where it came from and what identifies it in the output. */
  private record Pending(FeedItem item, String id, String source) {}

  /** What reading the feeds gave: items to score, failed feeds (as error records), items skipped as seen. */
  private record Feeds(List<Pending> pending, List<ArticleResult> failedFeeds, int alreadySeen) {}

  @Override
  public Integer call() throws Exception {
    ModelOptions.Models models;
    SeenItems seen;
    try {
      models = options.models.load();
      seen = state == null ? SeenItems.empty() : SeenItems.load(state);
    } catch (ModelOptions.Invalid e) {
      return console.usageError(e.getMessage());
    } catch (IOException e) {
      return console.usageError("cannot read --state " + state + ": " + e.getMessage());
    }
    PageFetcher fetcher = new PageFetcher(InputReader.FETCH_TIMEOUT, InputLimits.DEFAULT.maxArticleBytes());
    Feeds read = readFeeds(fetcher, seen);
    List<ArticleResult> results = new ArrayList<>(read.failedFeeds());
    results.addAll(score(read.pending(), models, new FeedArticles(noFetch ? null : fetcher)));
    // Worst first; items that failed go last, in input order.
    results.sort(Comparator.comparing(ArticleResult::isError)
        .thenComparing(Comparator.comparingDouble((ArticleResult r) -> r.isError() ? 0 : r.mtProbability()).reversed()));
    results.stream().filter(ArticleResult::isError).forEach(r -> console.itemError(r.source(), r.error()));
    try (Writer writer = console.openOutput(options.out)) {
      OutputFormat output = options.format.open(writer);
      for (ArticleResult r : results) {
        output.write(r);
      }
      output.finish();
    } catch (IOException e) {
      return console.usageError("cannot write output: " + e.getMessage());
    }
    rememberScored(read.pending(), results, seen);
    return summarise(results, read);
  }

  private Feeds readFeeds(PageFetcher fetcher, SeenItems seen) {
    List<Pending> pending = new ArrayList<>();
    List<ArticleResult> failed = new ArrayList<>();
    int alreadySeen = 0;
    for (String feed : feeds) {
      List<FeedItem> items;
      try {
        items = new FeedParser().parse(readFeed(feed, fetcher));
      } catch (FeedParser.MalformedFeedException | IOException e) {
        failed.add(ArticleResult.failed(feed, feed, e.getMessage()));
        continue;
      }
      if (items.isEmpty()) {
        failed.add(ArticleResult.failed(feed, feed, "feed has no items"));
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        FeedItem item = items.get(i);
        if (seen.seen(item)) {
          alreadySeen++;
        } else {
          String source = feed + "#" + (i + 1);
          pending.add(new Pending(item, item.key() != null ? item.key() : source, source));
        }
      }
    }
    return new Feeds(pending, failed, alreadySeen);
  }

  private List<ArticleResult> score(List<Pending> pending, ModelOptions.Models models, FeedArticles articles)
      throws InterruptedException {
    Progress progress = new Progress(console.err(), !options.quiet && console.stderrIsTerminal(), pending.size());
    Iterator<InputItem> inputs = pending.stream().map(p -> {
      try {
        return articles.toInput(p.item(), p.id(), p.source());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return (InputItem) new InputItem.Unreadable(p.id(), p.source(), "interrupted");
      }
    }).iterator(); // lazy: linked pages are fetched as the pipeline asks for items
    List<ArticleResult> results = new ArrayList<>();
    try (ArticleAnalyzer analyzer = options.models.analyzer(models)) {
      new BatchRunner(analyzer, options.models.threads).run(inputs, result -> {
        results.add(result);
        progress.itemDone();
      });
    }
    progress.clear();
    return results;
  }

  /** Scored items go into the state; failed ones do not, so the next run retries them. */
  private void rememberScored(List<Pending> pending, List<ArticleResult> results, SeenItems seen) {
    if (state == null) {
      return;
    }
    Map<String, FeedItem> bySource = new HashMap<>();
    pending.forEach(p -> bySource.put(p.source(), p.item()));
    results.stream().filter(r -> !r.isError()).map(r -> bySource.get(r.source())).filter(Objects::nonNull)
        .forEach(seen::remember);
    try {
      seen.save(state);
    } catch (IOException e) {
      console.itemError(state.toString(), "cannot save state: " + e.getMessage());
    }
  }

  private int summarise(List<ArticleResult> results, Feeds read) {
    long scored = results.stream().filter(r -> !r.isError()).count();
    long failed = results.size() - scored;
    long flagged = results.stream().filter(r -> r.verdict() == Verdict.MACHINE_TRANSLATED).count();
    int goodFeeds = feeds.size() - read.failedFeeds().size();
    if (!options.quiet) {
      console.err().printf(Locale.ROOT, "mtdetect: screened %d item%s from %d feed%s: %d flagged, %d failed, %d already seen%n",
          scored, scored == 1 ? "" : "s", goodFeeds, goodFeeds == 1 ? "" : "s", flagged, failed, read.alreadySeen());
    }
    if (scored == 0 && failed > 0) {
      return ExitCodes.NOTHING_SCORED_OR_USAGE;
    }
    if (flagged > 0) {
      return ExitCodes.FLAGGED;
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private static byte[] readFeed(String feed, PageFetcher fetcher) throws IOException {
    if (PageFetcher.isUrl(feed)) {
      try {
        return fetcher.fetch(feed).body();
      } catch (PageFetcher.FetchException e) {
        throw new IOException(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
    }
    Path path = Path.of(feed);
    if (!Files.isRegularFile(path)) {
      throw new IOException(Files.isDirectory(path) ? "is a directory, not a feed" : "no such file");
    }
    long size = Files.size(path);
    if (size > InputLimits.DEFAULT.maxArticleBytes() * 5L) {
      throw new IOException(String.format(Locale.ROOT, "feed too large (%.1f MB)", size / 1e6));
    }
    return Files.readAllBytes(path);
  }
}
