package io.mtdetect.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.mtdetect.core.Article;
import io.mtdetect.core.Messages;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.match.Comparison;
import io.mtdetect.match.OriginalMatch;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.report.ComparisonFormat;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.serve.HttpExchanges.Refused;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /v1/compare}: an article beside its original, sentence by sentence, as {@code
 * mtdetect compare} shows them. The body is either {@code {"a": article, "b": article}} (any two
 * articles), or one article, which is looked up in the service's index of originals ({@code
 * --originals}); 404 when nothing in the index matches it.
 */
final class CompareRoute implements ScoringServer.Route {
  private final Segmenter segmenter;
  private final Optional<OriginalMatcher> originals;
  private final ObjectMapper json;
  private final long maxBodyBytes;

  CompareRoute(Segmenter segmenter, Optional<OriginalMatcher> originals, ObjectMapper json, long maxBodyBytes) {
    this.segmenter = segmenter;
    this.originals = originals;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public int serve(HttpExchange exchange) throws IOException, Refused {
    HttpExchanges.requirePost(exchange);
    ComparisonFormat format = format(exchange);
    String type = HttpExchanges.mediaType(exchange);
    if (!type.equals(HttpExchanges.JSON) && !type.equals("text/plain")) {
      throw new Refused(400, "Content-Type must be application/json or text/plain, got " + (type.isEmpty() ? "none" : type));
    }
    String text = HttpExchanges.utf8Body(exchange, maxBodyBytes);
    Comparison comparison;
    if (type.equals(HttpExchanges.JSON)) {
      JsonNode root;
      try {
        root = json.readTree(text);
      } catch (JsonProcessingException e) {
        throw new Refused(400, "malformed JSON: " + Messages.of(e));
      }
      if (root != null && root.isObject() && root.has("a") && root.has("b")) {
        comparison = Comparison.of(segmented(root.get("a"), "a"), segmented(root.get("b"), "b"));
      } else {
        comparison = withIndexedOriginal(segmented(root, "request"));
      }
    } else {
      comparison = withIndexedOriginal(segment(new Article("request", "request", null, text,
          Article.TextLayout.HEADLINE_FIRST), "request"));
    }
    StringWriter out = new StringWriter();
    format.write(comparison, out);
    String contentType = switch (format) {
      case JSON -> HttpExchanges.JSON;
      case HTML -> "text/html; charset=utf-8";
      case TABLE -> "text/plain; charset=utf-8";
    };
    return HttpExchanges.respond(exchange, 200, contentType, out.toString());
  }

  private Comparison withIndexedOriginal(SegmentedArticle article) throws Refused, IOException {
    if (originals.isEmpty()) {
      throw new Refused(400, "this service has no index of originals (start it with --originals DIR);"
          + " send {\"a\": article, \"b\": article} to compare two articles");
    }
    Optional<OriginalMatch> match = originals.get().find(article);
    if (match.isEmpty()) {
      throw new Refused(404, "no original in the index matches this article");
    }
    return Comparison.of(article, match.get());
  }

  private SegmentedArticle segmented(JsonNode node, String name) throws Refused {
    if (node == null || !node.isObject()) {
      throw new Refused(400, name + " must be an article object {id, title, text, url}");
    }
    InputItem item = JsonLinesRecord.of(node, name);
    if (item instanceof InputItem.Unreadable bad) {
      throw new Refused(400, name + ": " + bad.reason());
    }
    return segment(((InputItem.Readable) item).article(), name);
  }

  private SegmentedArticle segment(Article article, String name) throws Refused {
    SegmentedArticle segmented = segmenter.segment(article);
    if (segmented.sentences().isEmpty()) {
      throw new Refused(400, name + ": no article text left after removing page furniture");
    }
    return segmented;
  }

  private static ComparisonFormat format(HttpExchange exchange) throws Refused {
    String value = HttpExchanges.queryValue(exchange, "format");
    if (value == null) {
      return ComparisonFormat.JSON;
    }
    try {
      return ComparisonFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refused(400, "format must be json, table or html, got " + value);
    }
  }
}
