package io.mtdetect.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.core.Messages;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.ExtractedPage;
import io.mtdetect.ingest.html.HtmlPages;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.report.Formats;
import io.mtdetect.report.Json;
import io.mtdetect.report.OutputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * mtdetect over HTTP (the JDK's embedded server): {@code POST /v1/score} (one article as JSON or
 * plain text, or many as JSON Lines, answered in input order as they are scored), {@code POST
 * /v1/extract} (a page's article), {@code GET /v1/health}, {@code /v1/ready}, {@code /metrics},
 * {@code /v1/openapi.json}. Requests beyond {@link
 * ServerLimits#maxInFlight()} get 429 at once instead of waiting in an unbounded queue. Owns the
 * analyzer and closes it after the last request has drained.
 */
public final class ScoringServer implements AutoCloseable {
  static final String JSON = "application/json";
  /** Every route the service answers, as the OpenAPI document lists them. */
  public static final java.util.List<String> ROUTES =
      java.util.List.of("/v1/score", "/v1/extract", "/v1/health", "/v1/ready", "/metrics", "/v1/openapi.json");
  /** Routes that do work per request and so count against the in-flight limit. */
  private static final java.util.Set<String> LIMITED = java.util.Set.of("/v1/score", "/v1/extract");
  static final String NDJSON = "application/x-ndjson";

  private final HttpServer http;
  private final ArticleAnalyzer analyzer;
  private final ServerLimits limits;
  private final Semaphore permits;
  private final ExecutorService handlers;
  private final ExecutorService scoring;
  private final ServerMetrics metrics = new ServerMetrics();
  private final ObjectMapper json = Json.mapper();
  private volatile boolean stopping;

  private ScoringServer(HttpServer http, ArticleAnalyzer analyzer, int threads, ServerLimits limits) {
    this.http = http;
    this.analyzer = analyzer;
    this.limits = limits;
    this.permits = new Semaphore(limits.maxInFlight());
    // Handler threads only read, wait and write; one more than the permits so a 429 is always answered.
    this.handlers = Executors.newFixedThreadPool(limits.maxInFlight() + 1, daemon("mtdetect-http"));
    this.scoring = Executors.newFixedThreadPool(threads, daemon("mtdetect-score"));
    http.setExecutor(handlers);
    http.createContext("/v1/score", exchange -> handle(exchange, "/v1/score", this::score));
    http.createContext("/v1/extract", exchange -> handle(exchange, "/v1/extract", this::extract));
    String openApi = OpenApiDocument.build("0.1.0").toPrettyString() + "\n";
    http.createContext("/v1/openapi.json", exchange -> handle(exchange, "/v1/openapi.json",
        e -> respond(e, 200, JSON, openApi)));
    http.createContext("/v1/health", exchange -> handle(exchange, "/v1/health",
        e -> respond(e, 200, JSON, "{\"status\":\"ok\"}\n")));
    http.createContext("/v1/ready", exchange -> handle(exchange, "/v1/ready",
        e -> respond(e, 200, JSON, "{\"ready\":true}\n")));
    http.createContext("/metrics", exchange -> handle(exchange, "/metrics",
        e -> respond(e, 200, "text/plain; version=0.0.4", metrics.render())));
    http.createContext("/", exchange -> handle(exchange, "other", e -> error(e, 404, "no such route: " + e.getRequestURI().getPath())));
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

  private interface Route {
    int serve(HttpExchange exchange) throws IOException;
  }

  private void handle(HttpExchange exchange, String route, Route handler) {
    long start = System.nanoTime();
    int status = 500;
    try (exchange) {
      if (stopping && LIMITED.contains(route)) {
        status = error(exchange, 503, "shutting down");
        return;
      }
      if (LIMITED.contains(route) && !permits.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        status = error(exchange, 429, "too many requests in flight (" + limits.maxInFlight() + "); retry shortly");
        return;
      }
      boolean holding = LIMITED.contains(route);
      metrics.inFlight.incrementAndGet();
      try {
        status = handler.serve(exchange);
      } finally {
        metrics.inFlight.decrementAndGet();
        if (holding) {
          permits.release();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The client went away mid-response, or a bug: the exchange is closed; count it.
    } finally {
      metrics.request(route, status, System.nanoTime() - start);
    }
  }

  private int score(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return error(exchange, 405, "use POST");
    }
    String type = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
    Formats format;
    try {
      format = format(exchange, type.equals(NDJSON) ? Formats.JSONL : Formats.JSON);
    } catch (IllegalArgumentException e) {
      return error(exchange, 400, e.getMessage());
    }
    if (!type.equals(JSON) && !type.equals(NDJSON) && !type.equals("text/plain")) {
      return error(exchange, 400, "Content-Type must be application/json, application/x-ndjson or text/plain, got "
          + (type.isEmpty() ? "none" : type));
    }
    byte[] body = readBody(exchange);
    if (body == null) {
      return error(exchange, 413, "request body larger than " + limits.maxBodyBytes() + " bytes");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return error(exchange, 400, "request body is not valid UTF-8");
    }
    if (type.equals(NDJSON)) {
      return scoreLines(exchange, text, format);
    }
    InputItem item = type.equals(JSON) ? JsonLinesRecord.parse(json, "request", text.strip())
        : new InputItem.Readable(new Article("request", "request", null, text, Article.TextLayout.HEADLINE_FIRST));
    if (item instanceof InputItem.Unreadable bad) {
      return error(exchange, 400, bad.reason());
    }
    ArticleResult result;
    try {
      result = scoreOne(item);
    } catch (TimeoutException e) {
      return error(exchange, 503, "scoring took longer than " + limits.requestTimeout().toSeconds() + " s");
    }
    metrics.article(result);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(format, out, result);
    return respond(exchange, 200, contentType(format), out.toString(StandardCharsets.UTF_8));
  }

  /** A page's HTML in, its article (title, body, words, method) out. */
  private int extract(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return error(exchange, 405, "use POST");
    }
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    String type = mediaType(header);
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      return error(exchange, 400, "Content-Type must be text/html, got " + (type.isEmpty() ? "none" : type));
    }
    byte[] body = readBody(exchange);
    if (body == null) {
      return error(exchange, 413, "request body larger than " + limits.maxBodyBytes() + " bytes");
    }
    ExtractedPage page;
    try {
      page = new ArticleExtractor().extract(HtmlPages.parse(body, charset(header), queryValue(exchange, "url")));
    } catch (IOException | RuntimeException e) {
      return error(exchange, 400, "cannot parse the page: " + Messages.of(e));
    }
    if (!page.hasBody()) {
      return error(exchange, 422, "no article body found in the page");
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("title", page.title());
    out.put("body", page.body());
    out.put("words", page.words());
    out.put("method", page.method());
    return respond(exchange, 200, JSON, json.writeValueAsString(out) + "\n");
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").trim();
      }
    }
    return null;
  }

  private static String queryValue(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** JSON Lines in, records out in input order, streamed: each is written as soon as it is scored. */
  private int scoreLines(HttpExchange exchange, String body, Formats format) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType(format));
    exchange.sendResponseHeaders(200, 0);
    try (Writer writer = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8)) {
      OutputFormat output = format.open(writer);
      int line = 0;
      for (String record : body.split("\n")) {
        line++;
        if (record.isBlank()) {
          continue;
        }
        InputItem item = JsonLinesRecord.parse(json, "request:" + line, record);
        ArticleResult result;
        try {
          result = scoreOne(item);
        } catch (TimeoutException e) {
          result = ArticleResult.failed(item.id(), item.source(),
              "scoring took longer than " + limits.requestTimeout().toSeconds() + " s");
        }
        metrics.article(result);
        output.write(result);
      }
      output.finish();
    }
    return 200;
  }

  private ArticleResult scoreOne(InputItem item) throws TimeoutException {
    Future<ArticleResult> future = scoring.submit(() -> analyzer.analyse(item));
    try {
      return future.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    } catch (ExecutionException e) {
      return ArticleResult.failed(item.id(), item.source(), "could not be scored: " + e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    }
  }

  private void write(Formats format, OutputStream out, ArticleResult result) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format == Formats.JSON) {
      // One article asked for: the record itself, not a one-element array.
      writer.write(json.writeValueAsString(result));
      writer.write('\n');
    } else {
      OutputFormat output = format.open(writer);
      output.write(result);
      output.finish();
    }
    writer.flush();
  }

  private static Formats format(HttpExchange exchange, Formats fallback) {
    String value = queryValue(exchange, "format");
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "json" -> Formats.JSON;
      case "jsonl" -> Formats.JSONL;
      case "csv" -> Formats.CSV;
      case "html" -> Formats.HTML;
      default -> throw new IllegalArgumentException("format must be json, jsonl, csv or html, got " + value);
    };
  }

  private static String contentType(Formats format) {
    return switch (format) {
      case JSON -> JSON;
      case JSONL -> NDJSON;
      case CSV -> "text/csv; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case TABLE -> "text/plain; charset=utf-8";
    };
  }

  private static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The body, or null when it is larger than the limit (read no further than the limit). */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > limits.maxBodyBytes()) {
          return null;
        }
      } catch (NumberFormatException e) {
        // Chunked or odd: the read below enforces the limit.
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = exchange.getRequestBody()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (body.size() + n > limits.maxBodyBytes()) {
          return null;
        }
        body.write(buffer, 0, n);
      }
    }
    return body.toByteArray();
  }

  private int error(HttpExchange exchange, int status, String message) throws IOException {
    return respond(exchange, status, JSON, json.writeValueAsString(Map.of("error", message)) + "\n");
  }

  private static int respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type.contains("charset") || type.equals(JSON) || type.equals(NDJSON)
        ? type : type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    return status;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
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
    scoring.shutdown();
    try {
      scoring.awaitTermination(graceSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    analyzer.close();
  }

  @Override
  public void close() {
    stop(0);
  }
}
