package io.mtdetect.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.mtdetect.core.Messages;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.ExtractedPage;
import io.mtdetect.ingest.html.HtmlPages;
import io.mtdetect.serve.HttpExchanges.Refused;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /v1/extract}: a page's HTML in, its article (title, body, words, method) out. */
final class ExtractRoute implements ScoringServer.Route {
  private final ObjectMapper json;
  private final long maxBodyBytes;

  ExtractRoute(ObjectMapper json, long maxBodyBytes) {
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public int serve(HttpExchange exchange) throws IOException, Refused {
    HttpExchanges.requirePost(exchange);
    String type = HttpExchanges.mediaType(exchange);
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      throw new Refused(400, "Content-Type must be text/html, got " + (type.isEmpty() ? "none" : type));
    }
    byte[] body = HttpExchanges.body(exchange, maxBodyBytes);
    ExtractedPage page;
    try {
      page = new ArticleExtractor().extract(HtmlPages.parse(body, HttpExchanges.charset(exchange),
          HttpExchanges.queryValue(exchange, "url")));
    } catch (IOException | RuntimeException e) {
      throw new Refused(400, "cannot parse the page: " + Messages.of(e));
    }
    if (!page.hasBody()) {
      throw new Refused(422, page.noBodyReason());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", page.title());
    out.put("body", page.body());
    out.put("words", page.words());
    out.put("method", page.method());
    return HttpExchanges.respond(exchange, 200, HttpExchanges.JSON, json.writeValueAsString(out) + "\n");
  }
}
