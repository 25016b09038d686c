package io.mtdetect.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mtdetect.core.DaemonThreads;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.report.Json;
import io.mtdetect.serve.HttpExchanges.Refused;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * mtdetect over HTTP (the JDK's embedded server, chosen by the load test in docs/benchmark.md):
 * {@code POST /v1/score}, {@code /v1/extract}, {@code /v1/compare}, {@code GET /v1/health}, {@code
 * /v1/ready}, {@code /metrics}, {@code /v1/openapi.json}. Requests beyond {@link
 * ServerLimits#maxInFlight()} get 429 at once; connections beyond what the handler threads and
 * their bounded queue hold are answered 429 by the accepting thread, so memory stays bounded
 * under a flood. Owns the analyzer (through its scoring queue) and closes it after the last
 * request has drained.
 */
public final class ScoringServer implements AutoCloseable {
  /** Every route the service answers, as the OpenAPI document lists them. */
  public static final List<String> ROUTES =
      List.of("/v1/score", "/v1/extract", "/v1/compare", "/v1/health", "/v1/ready", "/metrics", "/v1/openapi.json");
  /** Routes that do work per request and so count against the in-flight limit. */
  private static final Set<String> LIMITED = Set.of("/v1/score", "/v1/extract", "/v1/compare");
  /** Exchanges waiting for a handler thread, per in-flight permit; beyond it the accepting thread answers 429. */
  private static final int WAITING_PER_PERMIT = 8;

  /** One route's work; a {@link Refused} becomes its JSON error. */
  interface Route {
    int serve(HttpExchange exchange) throws IOException, Refused;
  }

  private final HttpServer http;
  private final ServerLimits limits;
  private final Semaphore permits;
  private final ThreadPoolExecutor handlers;
  private final ScoringQueue scoring;
  private final ServerMetrics metrics = new ServerMetrics();
  private final ObjectMapper json = Json.mapper();
  /** Set while the accepting thread itself runs an exchange the handler queue had no room for. */
  private final ThreadLocal<Boolean> overflow = ThreadLocal.withInitial(() -> false);
  private volatile boolean stopping;

  private ScoringServer(HttpServer http, ArticleAnalyzer analyzer, int threads, ServerLimits limits) {
    this.http = http;
    this.limits = limits;
    this.permits = new Semaphore(limits.maxInFlight());
    this.scoring = new ScoringQueue(analyzer, threads, limits.requestTimeout());
    // Handler threads only read, wait and write; one more than the permits so a 429 is always answered.
    int handlerThreads = limits.maxInFlight() + 1;
    this.handlers = new ThreadPoolExecutor(handlerThreads, handlerThreads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(WAITING_PER_PERMIT * limits.maxInFlight()), DaemonThreads.named("mtdetect-http"),
        (exchange, pool) -> runAsOverflow(exchange));
    http.setExecutor(handlers);
    route("/v1/score", new ScoreRoute(scoring, metrics, json, limits.maxBodyBytes()));
    route("/v1/extract", new ExtractRoute(json, limits.maxBodyBytes()));
    route("/v1/compare", new CompareRoute(analyzer.segmenter(), analyzer.originals(), json, limits.maxBodyBytes()));
    String openApi = OpenApiDocument.build("0.1.0").toPrettyString() + "\n";
    route("/v1/openapi.json", e -> HttpExchanges.respond(e, 200, HttpExchanges.JSON, openApi));
    route("/v1/health", e -> HttpExchanges.respond(e, 200, HttpExchanges.JSON, "{\"status\":\"ok\"}\n"));
    route("/v1/ready", e -> HttpExchanges.respond(e, 200, HttpExchanges.JSON, "{\"ready\":true}\n"));
    route("/metrics", e -> HttpExchanges.respond(e, 200, "text/plain; version=0.0.4",
        metrics.render(handlers.getQueue().size())));
    http.createContext("/", exchange -> handle(exchange, "other",
        e -> { throw new Refused(404, "no such route: " + e.getRequestURI().getPath()); }));
  }

  /** Starts serving on {@code address} (port 0 picks a free port). */
  public static ScoringServer start(InetSocketAddress address, ArticleAnalyzer analyzer, int threads, ServerLimits limits)
      throws IOException {
    ScoringServer server = new ScoringServer(HttpServer.create(address, 0), analyzer, threads, limits);
    server.http.start();
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  private void route(String path, Route route) {
    http.createContext(path, exchange -> handle(exchange, path, route));
  }

  private void runAsOverflow(Runnable exchange) {
    overflow.set(true);
    try {
      exchange.run();
    } finally {
      overflow.set(false);
    }
  }

  private void handle(HttpExchange exchange, String route, Route handler) {
    long start = System.nanoTime();
    int status = 500;
    try (exchange) {
      boolean limited = LIMITED.contains(route);
      try {
        if (limited && stopping) {
          throw new Refused(503, "shutting down");
        }
        if (limited && overflow.get()) {
          exchange.getResponseHeaders().set("Retry-After", "1");
          throw new Refused(429, "too many connections waiting; retry shortly");
        }
        if (limited && !permits.tryAcquire()) {
          exchange.getResponseHeaders().set("Retry-After", "1");
          throw new Refused(429, "too many requests in flight (" + limits.maxInFlight() + "); retry shortly");
        }
        metrics.inFlight.incrementAndGet();
        try {
          status = handler.serve(exchange);
        } finally {
          metrics.inFlight.decrementAndGet();
          if (limited) {
            permits.release();
          }
        }
      } catch (Refused refused) {
        HttpExchanges.discardBody(exchange);
        status = HttpExchanges.error(exchange, json, refused.status, refused.getMessage());
      }
    } catch (IOException | RuntimeException e) {
      // The client went away mid-response, or a bug: the exchange is closed; count it.
    } finally {
      metrics.request(route, status, System.nanoTime() - start);
    }
  }

  /**
   * Graceful stop: no new connections, requests in flight finish (up to {@code graceSeconds}), then
   * the threads and the analyzer are released.
   */
  public void stop(int graceSeconds) {
    // The JDK 17 server's stop(delay) always waits the whole delay, so requests are drained here and
    // the server then stopped at once: new scoring requests get 503 meanwhile.
    stopping = true;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    while (permits.availablePermits() < limits.maxInFlight() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    http.stop(0);
    handlers.shutdown();
    scoring.close(Duration.ofSeconds(graceSeconds));
  }

  @Override
  public void close() {
    stop(0);
  }
}
