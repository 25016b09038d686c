package io.mtdetect.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.Article;
import io.mtdetect.core.Article.TextLayout;
import io.mtdetect.core.Messages;

/**
 * One JSON Lines record ({@code {"id", "text", "title"?, "url"?}}) as an input item: the one reading of the
 * format, shared by the CLI's reader and the Spark job so both score the same articles.
 */
public final class JsonLinesRecord {
  private JsonLinesRecord() {}

  /** @param where {@code path:line}, the record's source and its id when it has none */
  public static InputItem parse(ObjectMapper json, String where, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return new InputItem.Unreadable(where, where, "malformed JSON: " + Messages.firstLine(e.getOriginalMessage()));
    }
    return of(node, where);
  }

  /** A record already parsed: an object with {@code text} (and {@code id}, {@code title}, {@code url}). */
  public static InputItem of(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      return new InputItem.Unreadable(where, where, "malformed record: expected a JSON object");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return new InputItem.Unreadable(id, where, "record has no \"text\" string field");
    }
    return fields(id, where, node.hasNonNull("title") ? node.get("title").asText() : null, text.asText(),
        node.hasNonNull("url") ? node.get("url").asText() : null);
  }

  /** An article from its fields (JSON Lines, or a Parquet row with the same columns). */
  public static InputItem fields(String id, String where, String title, String text) {
    return fields(id, where, title, text, null);
  }

  /** As {@link #fields(String, String, String, String)}, with where the article is published. */
  public static InputItem fields(String id, String where, String title, String text, String url) {
    if (text == null || text.isBlank()) {
      return new InputItem.Unreadable(id, where, "empty article (no text)");
    }
    return new InputItem.Readable(new Article(id, where, title, text, TextLayout.BODY_ONLY, null, url));
  }
}
