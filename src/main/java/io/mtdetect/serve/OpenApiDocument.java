package io.mtdetect.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The OpenAPI 3 description of the service, served at {@code GET /v1/openapi.json}. */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiDocument() {}

  static ObjectNode build(String version) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.0.3");
    doc.putObject("info").put("title", "mtdetect").put("version", version)
        .put("description", "Scores English news for signs of machine (round-trip) translation; records follow docs/output.md.");
    ObjectNode paths = doc.putObject("paths");

    ObjectNode score = operation(paths, "/v1/score", "post", "Score one article (JSON or plain text) or many (JSON Lines)");
    ArrayNode parameters = score.putArray("parameters");
    parameters.addObject().put("name", "format").put("in", "query").put("required", false)
        .putObject("schema").put("type", "string").putArray("enum").add("json").add("jsonl").add("csv").add("html");
    ObjectNode content = score.putObject("requestBody").put("required", true).putObject("content");
    ObjectNode article = content.putObject("application/json").putObject("schema").put("type", "object");
    article.putArray("required").add("text");
    ObjectNode properties = article.putObject("properties");
    for (String field : List.of("id", "title", "text", "url")) {
      properties.putObject(field).put("type", "string");
    }
    content.putObject("text/plain").putObject("schema").put("type", "string");
    content.putObject("application/x-ndjson").putObject("schema").put("type", "string")
        .put("description", "one article object per line");
    ObjectNode scoreResponses = score.putObject("responses");
    ObjectNode ok = scoreResponses.putObject("200").put("description", "the article record(s), in input order").putObject("content");
    for (String type : List.of("application/json", "application/x-ndjson", "text/csv", "text/html")) {
      ok.putObject(type).putObject("schema").put(type.equals("application/json") ? "type" : "format",
          type.equals("application/json") ? "object" : "text");
    }
    errors(scoreResponses, "400", "malformed JSON, a body that is not UTF-8, or an unsupported content type");
    errors(scoreResponses, "405", "not POST");
    errors(scoreResponses, "413", "body larger than the service's limit");
    errors(scoreResponses, "429", "too many requests in flight; see Retry-After");
    errors(scoreResponses, "503", "scoring took too long, or the service is stopping");

    ObjectNode extract = operation(paths, "/v1/extract", "post", "Extract a web page's article: title and body");
    extract.putObject("requestBody").put("required", true).putObject("content").putObject("text/html")
        .putObject("schema").put("type", "string");
    ObjectNode extractResponses = extract.putObject("responses");
    ObjectNode page = extractResponses.putObject("200").put("description", "the article").putObject("content")
        .putObject("application/json").putObject("schema").put("type", "object").putObject("properties");
    page.putObject("title").put("type", "string");
    page.putObject("body").put("type", "string");
    page.putObject("words").put("type", "integer");
    page.putObject("method").put("type", "string");
    errors(extractResponses, "400", "not HTML, or not decodable");
    errors(extractResponses, "413", "body larger than the service's limit");
    errors(extractResponses, "422", "no article body found in the page");
    errors(extractResponses, "429", "too many requests in flight; see Retry-After");

    ObjectNode compare = operation(paths, "/v1/compare", "post",
        "An article beside its original, sentence by sentence: {a, b} compares two articles; one article is"
            + " looked up in the service's index of originals (serve --originals)");
    compare.putArray("parameters").addObject().put("name", "format").put("in", "query").put("required", false)
        .putObject("schema").put("type", "string").putArray("enum").add("json").add("table").add("html");
    ObjectNode compareContent = compare.putObject("requestBody").put("required", true).putObject("content");
    ObjectNode pair = compareContent.putObject("application/json").putObject("schema").put("type", "object")
        .putObject("properties");
    pair.putObject("a").put("type", "object").put("description", "the article that may derive from b");
    pair.putObject("b").put("type", "object").put("description", "the original");
    compareContent.putObject("text/plain").putObject("schema").put("type", "string");
    ObjectNode compareResponses = compare.putObject("responses");
    ObjectNode compared = compareResponses.putObject("200").put("description",
        "rows of aligned sentences with word changes, the relation, similarity and coverage").putObject("content");
    compared.putObject("application/json").putObject("schema").put("type", "object");
    compared.putObject("text/html").putObject("schema").put("type", "string");
    compared.putObject("text/plain").putObject("schema").put("type", "string");
    errors(compareResponses, "400", "malformed JSON, no text, or one article sent to a service without --originals");
    errors(compareResponses, "404", "no original in the index matches the article");
    errors(compareResponses, "413", "body larger than the service's limit");
    errors(compareResponses, "429", "too many requests in flight; see Retry-After");

    simple(paths, "/v1/health", "Alive", "application/json");
    simple(paths, "/v1/ready", "Models loaded", "application/json");
    simple(paths, "/metrics", "Prometheus metrics", "text/plain");
    simple(paths, "/v1/openapi.json", "This document", "application/json");
    return doc;
  }

  private static ObjectNode operation(ObjectNode paths, String path, String method, String summary) {
    return paths.putObject(path).putObject(method).put("summary", summary);
  }

  private static void simple(ObjectNode paths, String path, String summary, String type) {
    operation(paths, path, "get", summary).putObject("responses").putObject("200").put("description", summary)
        .putObject("content").putObject(type).putObject("schema").put("type", type.equals("text/plain") ? "string" : "object");
  }

  private static void errors(ObjectNode responses, String status, String description) {
    responses.putObject(status).put("description", description).putObject("content").putObject("application/json")
        .putObject("schema").put("type", "object").putObject("properties").putObject("error").put("type", "string");
  }
}
