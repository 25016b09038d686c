package io.mtdetect.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.mtdetect.ingest.web.PageFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages and URLs as inputs, against a local HTTP server: redirects, time-outs, size limits. */
class WebInputTest {
  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    byte[] article = Files.readAllBytes(Path.of("src/test/resources/pages/news-with-furniture.html"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/article", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, article.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(article);
      }
    });
    server.createContext("/loop", exchange -> {
      exchange.getResponseHeaders().add("Location", "/loop");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/huge", exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked, never ends before the limit
      byte[] filler = "<p>filler filler filler filler</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 2000; i++) {
          out.write(filler);
        }
      } catch (IOException clientGaveUp) {
        // expected: the reader stops at the limit
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<InputItem> read(String... specs) {
    PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(1), 1024 * 1024);
    try (InputReader reader = new InputReader(List.of(specs), InputStream.nullInputStream(), new InputLimits(1024 * 1024), fetcher)) {
      List<InputItem> items = new java.util.ArrayList<>();
      reader.forEachRemaining(items::add);
      return items;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private interface InputStream {
    static java.io.InputStream nullInputStream() {
      return java.io.InputStream.nullInputStream();
    }
  }

  @Test
  void fetchesAndExtractsAPage() {
    List<InputItem> items = read(base + "/article");
    InputItem.Readable page = assertInstanceOf(InputItem.Readable.class, items.get(0));
    assertEquals("Council approves new budget for city parks", page.article().title());
    assertTrue(page.article().text().startsWith("The city council approved"));
    assertEquals(4, page.article().text().lines().count());
  }

  @Test
  void redirectLoopTimeoutAndOversizedPageAreOneLineEachAndTheOthersStillRead() throws IOException {
    Path saved = dir.resolve("saved.html");
    Files.copy(Path.of("src/test/resources/pages/news-with-furniture.html"), saved);
    Path empty = dir.resolve("links.htm");
    Files.copy(Path.of("src/test/resources/pages/no-article.html"), empty);
    List<InputItem> items = read(base + "/loop", base + "/slow", base + "/huge", saved.toString(), empty.toString());
    assertEquals(5, items.size());
    assertTrue(reason(items.get(0)).startsWith("too many redirects"), reason(items.get(0)));
    assertEquals("timed out after 1 s", reason(items.get(1)));
    assertTrue(reason(items.get(2)).startsWith("page too large"), reason(items.get(2)));
    assertInstanceOf(InputItem.Readable.class, items.get(3));
    assertEquals("no article body found in the page", reason(items.get(4)));
  }

  @Test
  void aSavedPageOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
    Path big = dir.resolve("big.html");
    Files.writeString(big, "<html><body>" + "<p>x</p>".repeat(200_000) + "</body></html>");
    assertTrue(reason(read(big.toString()).get(0)).startsWith("page too large"));
  }

  private static String reason(InputItem item) {
    return assertInstanceOf(InputItem.Unreadable.class, item).reason();
  }
}
