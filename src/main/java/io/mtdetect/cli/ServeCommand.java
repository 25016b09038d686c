package io.mtdetect.cli;

import io.mtdetect.core.Messages;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.serve.ScoringServer;
import io.mtdetect.serve.ServerLimits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

@Command(
    name = "serve",
    description = {
      "Serve mtdetect over HTTP with the models loaded once: POST /v1/score (application/json: one article"
          + " {id,title,text,url}; text/plain; application/x-ndjson: many, answered as JSON Lines in input order;"
          + " ?format=csv|html), POST /v1/extract (text/html: the page's article), POST /v1/compare ({a, b}, or one"
          + " article looked up in --originals), GET /v1/health, GET /v1/ready, GET /metrics (Prometheus),"
          + " GET /v1/openapi.json.",
      "SIGTERM or Ctrl-C stops it gracefully: no new requests, those in flight finish, exit 0."
    },
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  /** How long a stopping server waits for requests in flight. */
  static final int DRAIN_SECONDS = 30;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Mixin ModelOptions models = new ModelOptions();

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: 10 MiB); larger gets 413.")
  long maxBody = 10L * 1024 * 1024;

  @Option(names = "--max-in-flight", paramLabel = "N",
      description = "Requests handled at once (default: 4 per thread); more get 429 with Retry-After.")
  Integer maxInFlight;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest time to score one article (default: 60); then 503.")
  int timeoutSeconds = 60;

  private final Console console;

  ServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (maxBody < 1 || timeoutSeconds < 1 || (maxInFlight != null && maxInFlight < 1)) {
      return console.usageError("--max-body, --max-in-flight and --timeout must be positive");
    }
    ArticleAnalyzer analyzer;
    try {
      analyzer = models.analyzer(models.load());
    } catch (ModelOptions.Invalid e) {
      return console.usageError(e.getMessage());
    }
    int threads = models.threads;
    ServerLimits limits = new ServerLimits(maxBody, maxInFlight == null ? 4 * threads : maxInFlight,
        Duration.ofSeconds(timeoutSeconds));
    ScoringServer server;
    try {
      server = ScoringServer.start(new InetSocketAddress(host, port), analyzer, threads, limits);
    } catch (IOException e) {
      analyzer.close();
      return console.usageError("cannot listen on " + host + ":" + port + ": " + Messages.of(e));
    }
    CountDownLatch stop = new CountDownLatch(1);
    Signal.handle(new Signal("TERM"), signal -> stop.countDown());
    Signal.handle(new Signal("INT"), signal -> stop.countDown());
    console.err().printf("mtdetect: serving on http://%s:%d/ (POST /v1/score, /v1/extract, /v1/compare; GET /v1/health,"
        + " /v1/ready, /metrics, /v1/openapi.json)%n",
        host, server.port());
    stop.await();
    console.err().println("mtdetect: stopping: finishing requests in flight");
    server.stop(DRAIN_SECONDS);
    console.err().println("mtdetect: stopped");
    return ExitCodes.OK;
  }
}
