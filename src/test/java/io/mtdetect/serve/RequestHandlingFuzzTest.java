package io.mtdetect.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.match.RoundTripFixture;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.Json;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.serve.HttpExchanges.Refused;
import io.mtdetect.signals.FragmentSignal;
import io.mtdetect.signals.PunctuationSignal;
import io.mtdetect.signals.QuotationSignal;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any request to a working route (method, content type, query, length header, body) gets a status
 * and a body: 200 with the route's output, or one of the documented errors with a one-line JSON
 * message. A route never throws anything else. The analyzer here has only the cheap signals, so the
 * fuzzer spends its time on request handling, not on LanguageTool. Inputs in {@code
 * RequestHandlingFuzzTestInputs/}.
 */
class RequestHandlingFuzzTest {
  private static final Set<Integer> DOCUMENTED = Set.of(400, 404, 405, 413, 422, 429, 503);
  private static final List<String> METHODS = List.of("POST", "GET", "PUT", "HEAD", "DELETE", "OPTIONS");
  private static final List<String> TYPES = List.of("application/json", "application/x-ndjson", "text/plain",
      "text/html", "text/html; charset=iso-8859-1", "application/json; charset=utf-8", "text/html; charset=\"bogus\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path indexDir;
  private static ScoringQueue queue;
  private static List<ScoringServer.Route> routes;

  @BeforeAll
  static void startRoutes() throws IOException {
    indexDir = Files.createTempDirectory("fuzz-index");
    Segmenter segmenter = DefaultPipeline.segmenter();
    try (OriginalsIndex index = OriginalsIndex.openOrCreate(indexDir)) {
      SegmentedArticle s = segmenter.segment(new Article("wire-1", "wire-1", "Putin warns the West",
          String.join("\n", RoundTripFixture.ORIGINAL), Article.TextLayout.BODY_ONLY));
      index.upsert(new IndexedOriginal("wire-1", null, s.title(), s.sentences().stream().map(Sentence::text).toList()));
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(segmenter,
        List.of(new FragmentSignal(), new QuotationSignal(), new PunctuationSignal()), new ArticleScorer(ScorerModel.bundled()))
        .withOriginals(OriginalMatcher.open(indexDir));
    queue = new ScoringQueue(analyzer, 1, Duration.ofSeconds(30));
    ObjectMapper json = Json.mapper();
    long maxBody = 1 << 16;
    routes = List.of(new ScoreRoute(queue, new ServerMetrics(), json, maxBody), new ExtractRoute(json, maxBody),
        new CompareRoute(segmenter, analyzer.originals(), json, maxBody),
        new CompareRoute(segmenter, Optional.empty(), json, maxBody));
  }

  @AfterAll
  static void stopRoutes() throws IOException {
    queue.close();
    try (var files = Files.walk(indexDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A header value as the JDK server delivers one: it never passes on a CR or LF inside a value. */
  private static String headerValue(String raw) {
    return raw.replace('\r', ' ').replace('\n', ' ');
  }

  @FuzzTest(maxDuration = "5s")
  void everyRequestGetsADocumentedAnswer(FuzzedDataProvider data) throws IOException {
    ScoringServer.Route route = routes.get(data.consumeInt(0, routes.size() - 1));
    String method = data.pickValue(METHODS);
    Map<String, String> headers = new LinkedHashMap<>();
    if (data.consumeBoolean()) {
      headers.put("Content-Type", data.consumeBoolean() ? data.pickValue(TYPES) : headerValue(data.consumeAsciiString(40)));
    }
    if (data.consumeBoolean()) {
      headers.put("Content-Length", headerValue(data.consumeAsciiString(12)));
    }
    URI uri;
    try {
      uri = new URI("http", null, "127.0.0.1", 8080, "/v1/any", data.consumeAsciiString(60), null);
    } catch (URISyntaxException e) {
      return; // the server never sees a request whose target it cannot parse
    }
    byte[] body = data.consumeRemainingAsBytes();
    FakeExchange exchange = new FakeExchange(method, uri, headers, body);
    int status;
    try {
      status = route.serve(exchange);
      assertTrue(status == 200, "a route answers 200 or refuses: " + status);
      assertTrue(exchange.status() == 200, "the status was sent");
    } catch (Refused refused) {
      assertTrue(DOCUMENTED.contains(refused.status), "undocumented status " + refused.status + ": " + refused.getMessage());
      assertFalse(refused.getMessage().isBlank());
      assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
      HttpExchanges.error(exchange, JSON, refused.status, refused.getMessage());
      JsonNode error = JSON.readTree(new String(exchange.response(), StandardCharsets.UTF_8));
      assertTrue(error.get("error").isTextual());
    }
  }
}
