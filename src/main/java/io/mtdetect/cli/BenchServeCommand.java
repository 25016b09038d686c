package io.mtdetect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.serve.ScoringServer;
import io.mtdetect.serve.ServerLimits;
import io.mtdetect.serve.load.LoadReport;
import io.mtdetect.serve.load.LoadTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = {"A bounded load test of the HTTP service on loopback: the built-in models are loaded once, the",
        "inputs are scored as a batch (score's runner, same threads) for the baseline, then the service is started",
        "on a free loopback port and CLIENTS clients send the same articles one at a time (POST /v1/score, JSON)",
        "for the given time, then the batch runs again (the faster batch is the baseline). An untimed batch pass",
        "warms everything up first. Prints articles/s of both, latency p50/p95/p99, and counts of HTTP errors and of",
        "lost responses. With --url, only the load test runs, against that service.",
        "Exit 0 when no response was an HTTP error or lost, 1 otherwise."})
final class BenchServeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Articles (default: seeds/ and " + BenchCommand.CLEAN_NEWS + " when present).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--duration", defaultValue = "60", paramLabel = "SECONDS",
      description = "How long clients send requests (default: ${DEFAULT-VALUE}).")
  int durationSeconds;

  @Option(names = "--threads", paramLabel = "N", description = "Scoring threads, batch and service (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--lm", paramLabel = "DIR|none", description = "Language model (default: the built-in).")
  String lm;

  @Option(names = "--url", paramLabel = "URL",
      description = "Load an already running service at URL instead (loopback only; no batch baseline).")
  URI url;

  private final Console console;
  private ObjectMapper json; // built in call(): every command is constructed at start-up

  BenchServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    json = new ObjectMapper();
    if (clients < 1 || durationSeconds < 1 || threads < 1) {
      return console.usageError("--clients, --duration and --threads must be positive");
    }
    if (url != null && !isLoopback(url)) {
      return console.usageError("--url must be a loopback address (127.0.0.1, ::1 or localhost): a load test is not for"
          + " services on other machines");
    }
    addDefaultInputs(inputs);
    List<LoadTest.Request> requests = requests(InputReader.readAll(inputs, InputLimits.DEFAULT));
    if (requests.isEmpty()) {
      return console.usageError("no readable articles in " + String.join(" ", inputs));
    }
    Duration duration = Duration.ofSeconds(durationSeconds);
    if (url != null) {
      line("mtdetect bench-serve: %s, %d clients, %d s, inputs: %s (%d articles)", url, clients, durationSeconds,
          String.join(" ", inputs), requests.size());
      LoadReport report = new LoadTest(url, requests).run(clients, duration, this::progress);
      console.err().print("\r");
      return report(report, null);
    }
    ModelLoading.Loaded loaded;
    try {
      loaded = ModelLoading.load(lm, null, threads, new StartupTimes());
    } catch (IOException e) {
      return console.usageError("cannot load language model: " + e.getMessage());
    }
    LanguageModel languageModel = loaded.languageModel();
    ArticleAnalyzer analyzer = DefaultPipeline.create(ScorerModel.bundled(), threads, languageModel, null, false,
        loaded.languageTool());
    List<InputItem> items = requests.stream()
        .map(r -> JsonLinesRecord.parse(json, r.id(), r.json())).toList();
    BatchRunner batch = new BatchRunner(analyzer, threads);
    // A whole untimed pass first: the first pass over the inputs ran at 61% of the second's speed (JIT, pools, caches).
    long warmStart = System.nanoTime();
    batch.run(items.iterator(), r -> { });
    double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
    line("mtdetect bench-serve: %d scoring threads, %d clients, %d s, %d cores, language model: %s", threads, clients,
        durationSeconds, Runtime.getRuntime().availableProcessors(), languageModel == null ? "none" : languageModel.name());
    line("inputs: %s: %d articles", String.join(" ", inputs), requests.size());
    line("warm-up: one untimed batch pass, %.1f s", warmSeconds);
    // Batch before and after the service, so neither gains from the other's warming up; the faster counts.
    Rates before = batch(batch, items, "before");
    ServerLimits limits = ServerLimits.defaults(threads);
    LoadReport report;
    try (ScoringServer server = ScoringServer.start(new InetSocketAddress("127.0.0.1", 0), analyzer, threads, limits)) {
      line("service: JDK HTTP server on 127.0.0.1:%d, %d requests in flight at most", server.port(), limits.maxInFlight());
      report = new LoadTest(URI.create("http://127.0.0.1:" + server.port()), requests).run(clients, duration, this::progress);
      console.err().print("\r");
      Rates after = batch(batch, items, "after"); // the service is idle now; the analyzer is shared and thread-safe
      return report(report, before.sentences() >= after.sentences() ? before : after);
    }
  }

  /** One batch pass over the items with score's runner. */
  private Rates batch(BatchRunner batch, List<InputItem> items, String when) throws InterruptedException {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger sentences = new AtomicInteger();
    long start = System.nanoTime();
    batch.run(items.iterator(), r -> {
      answered.incrementAndGet();
      sentences.addAndGet(r.isError() ? 0 : r.sentences().size());
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    Rates rates = new Rates(answered.get() / seconds, sentences.get() / seconds);
    line("batch %s the service (score's runner, same articles and threads): %d articles in %.1f s = %.2f articles/s,"
        + " %.1f sentences/s", when, answered.get(), seconds, rates.articles(), rates.sentences());
    return rates;
  }

  /** Throughput of a run. */
  private record Rates(double articles, double sentences) {}

  private int report(LoadReport r, Rates batch) {
    line("service: %d responses in %.1f s = %.2f articles/s, %.1f sentences/s", r.responses(), r.seconds(),
        r.articlesPerSecond(), r.sentencesPerSecond());
    if (batch != null) {
      line("service / faster batch: %.1f%% of articles/s, %.1f%% of sentences/s", 100 * r.articlesPerSecond() / batch.articles(),
          100 * r.sentencesPerSecond() / batch.sentences());
    }
    line("latency: p50 %.3f s  p95 %.3f s  p99 %.3f s  max %.3f s", r.p50Seconds(), r.p95Seconds(), r.p99Seconds(),
        r.maxSeconds());
    line("errors: %d HTTP errors %s, %d lost responses, %d error records (articles that could not be scored)",
        r.httpErrorCount(), r.httpErrors(), r.lost(), r.errorRecords());
    return r.httpErrorCount() == 0 && r.lost() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private void progress(int responses) {
    if (responses % 10 == 0) {
      console.err().print("\rbench-serve: " + responses + " responses");
      console.err().flush();
    }
  }

  /** Each readable article as the JSON body a client sends; ids made unique so every record can be checked. */
  private List<LoadTest.Request> requests(List<InputItem> items) throws IOException {
    List<LoadTest.Request> requests = new ArrayList<>();
    for (InputItem item : items) {
      if (item instanceof InputItem.Readable readable) {
        Article a = readable.article();
        ObjectNode body = json.createObjectNode();
        String id = requests.size() + ":" + a.id();
        body.put("id", id);
        if (a.title() != null) {
          body.put("title", a.title());
        }
        body.put("text", a.text());
        if (a.url() != null) {
          body.put("url", a.url());
        }
        requests.add(new LoadTest.Request(id, json.writeValueAsString(body)));
      }
    }
    return requests;
  }

  /** With no inputs given, a load runs on the seeds and the clean news when that folder is there. */
  static void addDefaultInputs(List<String> inputs) {
    if (inputs.isEmpty()) {
      inputs.add("seeds");
      if (Files.isDirectory(Path.of(BenchCommand.CLEAN_NEWS))) {
        inputs.add(BenchCommand.CLEAN_NEWS);
      }
    }
  }

  static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1"));
  }

  private void line(String format, Object... args) {
    console.out().printf(Locale.ROOT, format + "%n", args);
    console.out().flush();
  }
}
