package io.mtdetect.serve;

import static io.mtdetect.serve.HttpExchanges.JSON;
import static io.mtdetect.serve.HttpExchanges.NDJSON;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.report.Formats;
import io.mtdetect.report.OutputFormat;
import io.mtdetect.serve.HttpExchanges.Refused;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /v1/score}: one article as JSON or plain text, or many as JSON Lines, answered in
 * input order as they are scored (a batch keeps every scoring thread busy, as {@code score} does).
 */
final class ScoreRoute implements ScoringServer.Route {
  /** Articles of one JSON Lines request scored ahead of the one being written, per scoring thread. */
  private static final int AHEAD_PER_THREAD = 2;

  private final ScoringQueue queue;
  private final ServerMetrics metrics;
  private final ObjectMapper json;
  private final long maxBodyBytes;

  ScoreRoute(ScoringQueue queue, ServerMetrics metrics, ObjectMapper json, long maxBodyBytes) {
    this.queue = queue;
    this.metrics = metrics;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public int serve(HttpExchange exchange) throws IOException, Refused {
    HttpExchanges.requirePost(exchange);
    String type = HttpExchanges.mediaType(exchange);
    Formats format = format(exchange, type.equals(NDJSON) ? Formats.JSONL : Formats.JSON);
    if (!type.equals(JSON) && !type.equals(NDJSON) && !type.equals("text/plain")) {
      throw new Refused(400, "Content-Type must be application/json, application/x-ndjson or text/plain, got "
          + (type.isEmpty() ? "none" : type));
    }
    String text = HttpExchanges.utf8Body(exchange, maxBodyBytes);
    if (type.equals(NDJSON)) {
      return scoreLines(exchange, text, format);
    }
    InputItem item = type.equals(JSON) ? JsonLinesRecord.parse(json, "request", text.strip())
        : new InputItem.Readable(new Article("request", "request", null, text, Article.TextLayout.HEADLINE_FIRST));
    if (item instanceof InputItem.Unreadable bad) {
      throw new Refused(400, bad.reason());
    }
    ArticleResult result;
    try {
      result = queue.score(item);
    } catch (TimeoutException e) {
      throw new Refused(503, queue.timeoutMessage());
    }
    metrics.article(result);
    return HttpExchanges.respond(exchange, 200, contentType(format), render(format, result));
  }

  /** JSON Lines in, records out in input order, each written as soon as it and those before it are scored. */
  private int scoreLines(HttpExchange exchange, String body, Formats format) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType(format));
    exchange.sendResponseHeaders(200, 0);
    Iterator<InputItem> items = items(body);
    Deque<Pending> ahead = new ArrayDeque<>();
    try (Writer writer = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8)) {
      OutputFormat output = format.open(writer);
      while (items.hasNext() || !ahead.isEmpty()) {
        while (items.hasNext() && ahead.size() < AHEAD_PER_THREAD * queue.threads()) {
          InputItem item = items.next();
          ahead.add(new Pending(item, queue.submit(item)));
        }
        Pending next = ahead.poll();
        ArticleResult result;
        try {
          result = queue.await(next.result(), next.item());
        } catch (TimeoutException e) {
          result = ArticleResult.failed(next.item().id(), next.item().source(), queue.timeoutMessage());
        }
        metrics.article(result);
        output.write(result);
      }
      output.finish();
    } finally {
      // The client went away: articles submitted for it are not worth scoring.
      ahead.forEach(p -> p.result().cancel(true));
    }
    return 200;
  }

  private record Pending(InputItem item, Future<ArticleResult> result) {}

  /** The request's non-blank lines as input items, numbered from 1 as a file's would be. */
  private Iterator<InputItem> items(String body) {
    String[] lines = body.split("\n");
    return new Iterator<>() {
      private int next = skipBlank(0);

      private int skipBlank(int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
          i++;
        }
        return i;
      }

      @Override
      public boolean hasNext() {
        return next < lines.length;
      }

      @Override
      public InputItem next() {
        InputItem item = JsonLinesRecord.parse(json, "request:" + (next + 1), lines[next]);
        next = skipBlank(next + 1);
        return item;
      }
    };
  }

  private String render(Formats format, ArticleResult result) throws IOException {
    if (format == Formats.JSON) {
      // One article asked for: the record itself, not a one-element array.
      return json.writeValueAsString(result) + "\n";
    }
    StringWriter out = new StringWriter();
    OutputFormat output = format.open(out);
    output.write(result);
    output.finish();
    return out.toString();
  }

  private static Formats format(HttpExchange exchange, Formats fallback) throws Refused {
    String value = HttpExchanges.queryValue(exchange, "format");
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "json" -> Formats.JSON;
      case "jsonl" -> Formats.JSONL;
      case "csv" -> Formats.CSV;
      case "html" -> Formats.HTML;
      default -> throw new Refused(400, "format must be json, jsonl, csv or html, got " + value);
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
}
