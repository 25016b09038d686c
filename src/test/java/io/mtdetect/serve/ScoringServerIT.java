package io.mtdetect.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.TestArticles;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.Json;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.match.RoundTripFixture;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.segment.Segmenter;
import java.nio.file.Path;

/** The real server on a free loopback port, spoken to with the JDK's HTTP client. */
class ScoringServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  // HTTP/1.1: the JDK client may otherwise hold a streamed body back while it tries an HTTP/2 upgrade.
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private ScoringServer server;

  private ScoringServer start(ServerLimits limits) throws IOException {
    ArticleAnalyzer analyzer = DefaultPipeline.create(ScorerModel.bundled(), 2, null);
    server = ScoringServer.start(new InetSocketAddress("127.0.0.1", 0), analyzer, 2, limits);
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void seedsScoredOverHttpEqualTheInProcessRecordsInInputOrder() throws Exception {
    start(ServerLimits.defaults(2));
    List<String> seeds = TestArticles.seedsAsJsonLines();
    HttpResponse<String> r = post("/v1/score", "application/x-ndjson", String.join("\n", seeds) + "\n{broken\n");
    assertEquals(200, r.statusCode());
    assertEquals("application/x-ndjson", r.headers().firstValue("Content-Type").orElse(""));
    List<String> lines = r.body().lines().toList();
    assertEquals(6, lines.size(), "five seeds and an error record for the broken line");
    try (ArticleAnalyzer local = DefaultPipeline.create(ScorerModel.bundled(), 1, null)) {
      for (int i = 0; i < seeds.size(); i++) {
        InputItem item = JsonLinesRecord.parse(JSON, "request:" + (i + 1), seeds.get(i));
        ArticleResult expected = local.analyse(item);
        assertEquals(JSON.readTree(Json.mapper().writeValueAsString(expected)), JSON.readTree(lines.get(i)), "seed " + i);
      }
    }
    JsonNode broken = JSON.readTree(lines.get(5));
    assertTrue(broken.get("error").asText().startsWith("malformed JSON"), broken.toString());

    HttpResponse<String> one = post("/v1/score", "application/json", seeds.get(0));
    assertEquals(200, one.statusCode());
    assertEquals("000_d1139157ce98809a.txt", JSON.readTree(one.body()).get("id").asText());
    HttpResponse<String> csv = post("/v1/score?format=csv", "text/plain; charset=utf-8", "Headline\nThe minister met reporters.\n");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("id,source,title"), csv.body());
  }

  @Test
  void badRequestsGetOneLineJsonErrors() throws Exception {
    start(new ServerLimits(200, 4, Duration.ofSeconds(30)));
    HttpResponse<String> big = post("/v1/score", "text/plain", "x".repeat(500));
    assertEquals(413, big.statusCode());
    HttpResponse<String> malformed = post("/v1/score", "application/json", "{\"id\": 1, \"text\": ");
    assertEquals(400, malformed.statusCode());
    assertTrue(JSON.readTree(malformed.body()).get("error").asText().startsWith("malformed JSON"), malformed.body());
    HttpResponse<String> wrongType = post("/v1/score", "application/xml", "<a/>");
    assertEquals(400, wrongType.statusCode());
    assertTrue(wrongType.body().contains("Content-Type must be"), wrongType.body());
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/v1/score")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    HttpResponse<String> nowhere = client.send(HttpRequest.newBuilder(uri("/v2/anything")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, nowhere.statusCode());
  }

  /**
   * A client that sends its whole body before it reads (Python's urllib; the JDK client without Expect)
   * must read the 413 with its JSON error, not a connection reset: the server reads and discards the body.
   */
  @Test
  void oversizedBodiesGet413InEveryClient() throws Exception {
    start(new ServerLimits(1000, 4, Duration.ofSeconds(30)));
    String big = "x".repeat(30 << 20);
    HttpResponse<String> jdk = post("/v1/score", "text/plain", big);
    assertEquals(413, jdk.statusCode());
    assertTrue(JSON.readTree(jdk.body()).get("error").asText().contains("larger than 1000 bytes"), jdk.body());

    String python = """
        import sys, urllib.request, urllib.error
        req = urllib.request.Request(sys.argv[1], data=b"x" * (30 << 20), headers={"Content-Type": "text/plain"})
        try:
            urllib.request.urlopen(req)
            print("200")
        except urllib.error.HTTPError as e:
            print(e.code, e.read().decode())
        """;
    Process p = new ProcessBuilder("python3", "-c", python, uri("/v1/score").toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.startsWith("413 {\"error\":\"request body larger than 1000 bytes\"}"), out);
  }

  /**
   * A request held in flight: a raw socket sends the headers and the first bytes of the body, the
   * rest only once {@code release} opens; the future completes with the response's status line and body.
   */
  private CompletableFuture<String> heldRequest(CountDownLatch release) throws IOException {
    byte[] body = ("Talks to continue\nThe foreign minister met reporters in the capital on Monday after three hours of"
        + " talks with his counterpart.\nBoth sides said the negotiations had been difficult but useful, and that"
        + " officials would meet again next week in Geneva.\n").getBytes(StandardCharsets.UTF_8);
    java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
    java.io.OutputStream out = socket.getOutputStream();
    out.write(("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, 5);
    out.flush();
    return CompletableFuture.supplyAsync(() -> {
      try (socket) {
        release.await();
        out.write(body, 5, body.length - 5);
        out.flush();
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void beyondTheInFlightLimitRequestsGet429AndMetricsCountThem() throws Exception {
    start(new ServerLimits(1 << 20, 1, Duration.ofSeconds(30)));
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> held = heldRequest(release);
    HttpResponse<String> refused = null;
    for (int tries = 0; tries < 100; tries++) { // until the held request has taken the one permit
      refused = post("/v1/score", "text/plain", "Headline\nAnother sentence to score.\n");
      if (refused.statusCode() == 429) {
        break;
      }
      Thread.sleep(20);
    }
    assertEquals(429, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
    release.countDown();
    assertTrue(held.get().startsWith("HTTP/1.1 200"), held.get());

    String metrics = client.send(HttpRequest.newBuilder(uri("/metrics")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(metrics.contains("mtdetect_requests_total{route=\"/v1/score\",status=\"429\"} 1"), metrics);
    assertTrue(metrics.contains("mtdetect_articles_scored_total "), metrics);
    assertTrue(metrics.lines().anyMatch(l -> l.startsWith("mtdetect_sentences_scored_total ") && !l.endsWith(" 0")), metrics);
    assertEquals(200, client.send(HttpRequest.newBuilder(uri("/v1/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(200, client.send(HttpRequest.newBuilder(uri("/v1/ready")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void extractReturnsThePagesArticleAndTheOpenApiDocumentListsEveryRoute() throws Exception {
    start(ServerLimits.defaults(2));
    String html = "<html><head><title>Talks to continue | Example News</title></head><body><nav><a href='/'>Home</a>"
        + "<a href='/world'>World</a></nav><article><h1>Talks to continue</h1>"
        + "<p>The foreign minister met reporters in the capital on Monday after three hours of talks with his counterpart.</p>"
        + "<p>Both sides said the negotiations had been difficult but useful, and that officials would meet again next"
        + " week in Geneva to discuss the remaining questions.</p></article><footer>© Example News</footer></body></html>";
    HttpResponse<String> r = post("/v1/extract?url=https%3A%2F%2Fexample.org%2Ftalks", "text/html; charset=utf-8", html);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode page = JSON.readTree(r.body());
    assertTrue(page.get("body").asText().startsWith("The foreign minister met reporters"), r.body());
    assertTrue(!page.get("body").asText().contains("Home"), "navigation is not article text");
    assertEquals(422, post("/v1/extract", "text/html", "<html><body><nav>Home</nav></body></html>").statusCode());
    assertEquals(400, post("/v1/extract", "text/plain", "hello").statusCode());

    JsonNode api = JSON.readTree(client.send(HttpRequest.newBuilder(uri("/v1/openapi.json")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertTrue(api.get("openapi").asText().startsWith("3."));
    List<String> documented = new ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(ScoringServer.ROUTES.stream().sorted().toList(), documented.stream().sorted().toList());
    for (String route : ScoringServer.ROUTES) { // and every documented route answers
      HttpResponse<String> probe = client.send(HttpRequest.newBuilder(uri(route)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      boolean post = api.get("paths").get(route).has("post");
      assertEquals(post ? 405 : 200, probe.statusCode(), route);
    }
  }

  @Test
  void stoppingDrainsARequestInFlight() throws Exception {
    start(ServerLimits.defaults(2));
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> held = heldRequest(release);
    Thread.sleep(300); // the request is in the server, its body stalled
    Thread stopper = new Thread(() -> server.stop(10));
    stopper.start();
    Thread.sleep(300);
    release.countDown();
    String response = held.get();
    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    assertTrue(response.contains("\"id\":\"request\""), response);
    stopper.join();
    server = null;
  }

  @Test
  void compareShowsTwoArticlesSideBySideAndLooksAnArticleUpInTheIndex(@TempDir Path indexDir) throws Exception {
    String original = String.join("\n", RoundTripFixture.ORIGINAL);
    String roundTrip = String.join("\n", RoundTripFixture.ROUND_TRIP);
    String unrelated = "The city council approved a new budget for public libraries on Monday evening.\n"
        + "Library opening hours will be extended at weekends from next spring, the mayor said.\n"
        + "Staff unions welcomed the decision but asked for more permanent contracts.";
    try (OriginalsIndex index = OriginalsIndex.openOrCreate(indexDir)) {
      Segmenter segmenter = DefaultPipeline.segmenter();
      for (String[] doc : new String[][] {{"wire-1", original}, {"council", unrelated}}) {
        SegmentedArticle s = segmenter.segment(new Article(doc[0], doc[0], "Headline " + doc[0], doc[1],
            Article.TextLayout.BODY_ONLY));
        index.upsert(new IndexedOriginal(doc[0], null, s.title(), s.sentences().stream().map(Sentence::text).toList()));
      }
    }
    ArticleAnalyzer analyzer = DefaultPipeline.create(ScorerModel.bundled(), 2, null)
        .withOriginals(OriginalMatcher.open(indexDir));
    server = ScoringServer.start(new InetSocketAddress("127.0.0.1", 0), analyzer, 2, ServerLimits.defaults(2));

    String pair = JSON.writeValueAsString(java.util.Map.of("a", java.util.Map.of("id", "repost", "text", roundTrip),
        "b", java.util.Map.of("id", "wire", "text", original)));
    HttpResponse<String> two = post("/v1/compare", "application/json", pair);
    assertEquals(200, two.statusCode(), two.body());
    JsonNode c = JSON.readTree(two.body());
    assertEquals("repost", c.get("a").get("id").asText());
    assertEquals("round-trip", c.get("relation").asText(), two.body());
    assertTrue(two.body().contains("\"Poutin\""), "the garbled name is shown as a change");

    HttpResponse<String> looked = post("/v1/compare", "application/json",
        JSON.writeValueAsString(java.util.Map.of("id", "repost", "text", roundTrip)));
    assertEquals(200, looked.statusCode(), looked.body());
    JsonNode found = JSON.readTree(looked.body());
    assertEquals("wire-1", found.get("b").get("id").asText(), "the indexed original is side b");
    assertEquals("round-trip", found.get("relation").asText());
    HttpResponse<String> html = post("/v1/compare?format=html", "text/plain", roundTrip);
    assertEquals(200, html.statusCode());
    assertTrue(html.body().startsWith("<!DOCTYPE html>") && html.body().contains("Poutin"), html.body());

    HttpResponse<String> none = post("/v1/compare", "text/plain",
        "Heavy rain is expected across the north of England throughout the weekend.\n"
            + "Forecasters issued flood warnings for rivers in Yorkshire and Cumbria.");
    assertEquals(404, none.statusCode(), none.body());
    assertEquals(400, post("/v1/compare", "application/json", "{\"a\": 1, \"b\": {}}").statusCode());
    assertEquals(400, post("/v1/compare?format=pdf", "text/plain", roundTrip).statusCode());
  }

  @Test
  void compareWithoutAnIndexNeedsTwoArticles() throws Exception {
    start(ServerLimits.defaults(2));
    HttpResponse<String> r = post("/v1/compare", "text/plain", String.join("\n", RoundTripFixture.ROUND_TRIP));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("--originals"), r.body());
  }

  @Test
  void connectionsBeyondTheHandlerQueueAreAnswered429ByTheAcceptingThread() throws Exception {
    start(new ServerLimits(1 << 20, 1, Duration.ofSeconds(30))); // 2 handler threads, 8 waiting places
    List<java.net.Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) { // two hold the handler threads reading headers, eight fill the queue
        java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
        socket.getOutputStream().write("POST /v1/score HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
        Thread.sleep(50);
      }
      Thread.sleep(200);
      try (java.net.Socket extra = new java.net.Socket("127.0.0.1", server.port())) {
        extra.setSoTimeout(10_000);
        extra.getOutputStream().write(("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
            + "Content-Length: 4\r\nConnection: close\r\n\r\nText").getBytes(StandardCharsets.US_ASCII));
        String response = new String(extra.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 429"), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 1"), response);
        assertTrue(response.contains("too many connections waiting"), "answered by the overflow path: " + response);
      }
    } finally {
      for (java.net.Socket socket : stalled) {
        socket.close();
      }
    }
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/v1/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), "the service recovers once the stalled connections go");
  }
}
