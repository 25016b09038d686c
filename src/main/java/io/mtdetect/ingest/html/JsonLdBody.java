package io.mtdetect.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org {@code articleBody} a publisher embeds as JSON-LD, when there is one. */
final class JsonLdBody {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Share of the markup body's words the structured body must contain: publishers often truncate it. */
  private static final double MIN_COVERAGE = 0.8;

  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(?:[a-zA-Z]+|#\\d+|#x\\p{XDigit}+);");

  private JsonLdBody() {}

  /** The longest {@code articleBody} in the page's JSON-LD, split into paragraphs; empty when none. */
  static List<String> find(Document doc) {
    String longest = "";
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue; // malformed structured data is common; the markup still has the article
      }
      if (root == null) {
        continue;
      }
      for (JsonNode body : root.findValues("articleBody")) {
        if (body.isTextual() && body.asText().length() > longest.length()) {
          longest = body.asText();
        }
      }
    }
    if (longest.isBlank()) {
      return List.of();
    }
    List<String> paragraphs = new ArrayList<>();
    if (MARKUP.matcher(longest).find()) {
      // Publishers put markup, or just entities ("&nbsp;", "&amp;"), into the JSON string.
      ArticleExtractor.Flattener.flatten(Jsoup.parse(longest.replace("\n", "<br><br>")).body(), paragraphs);
      return paragraphs;
    }
    for (String line : longest.split("\\n+")) {
      String p = Text.normalizeSpace(line);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  /**
   * Whether the structured body holds (nearly) all the words of the body found in the markup and
   * does not stop early. Truncated teasers ("…") and summaries fail this and the markup wins.
   */
  static boolean covers(List<String> structured, List<String> dom) {
    String joined = String.join(" ", structured).strip();
    if (joined.endsWith("...") || joined.endsWith("\u2026")) {
      return false;
    }
    Set<String> words = new HashSet<>(words(joined));
    List<String> domWords = words(String.join(" ", dom));
    if (domWords.isEmpty()) {
      return words.size() >= 50;
    }
    long contained = domWords.stream().filter(words::contains).count();
    return contained >= MIN_COVERAGE * domWords.size();
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
