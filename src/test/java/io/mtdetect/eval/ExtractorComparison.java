package io.mtdetect.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;

/**
 * mtdetect's extractor beside Readability4J (a Kotlin port of Mozilla's Readability) on the same
 * benchmark pages, both scored with WCXB's word F1 by page type and the scrapinghub shingle F1.
 * Run by {@code scripts/compare-extractors DIR [tune|held]}; a measurement, not a test.
 */
public final class ExtractorComparison {
  private ExtractorComparison() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    DomainHalf half = args.length > 1 ? DomainHalf.valueOf(args[1].toUpperCase(Locale.ROOT)) : null;
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    ArticleExtractor mtdetect = new ArticleExtractor();
    Map<String, BiFunction<Document, String, String>> extractors = new java.util.LinkedHashMap<>();
    extractors.put("mtdetect", (doc, url) -> {
      var page = mtdetect.extract(doc);
      return page.hasBody() ? page.body() : "";
    });
    extractors.put("readability4j", (doc, url) -> {
      try {
        String text = new Readability4J(url, doc.outerHtml()).parse().getTextContent();
        return text == null ? "" : text;
      } catch (RuntimeException e) {
        return "";
      }
    });
    for (Map.Entry<String, BiFunction<Document, String, String>> extractor : extractors.entrySet()) {
      Map<String, List<WordF1.Counts>> byType = new TreeMap<>();
      List<ShingleMatch.Counts> shingles = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (half != null && DomainHalf.of(entry.getValue().path("url").asText(null)) != half) {
          continue;
        }
        Path page = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
        String url = entry.getValue().path("url").asText("");
        byte[] bytes = HtmlPages.readBytes(Files.isRegularFile(page) ? page : dir.resolve("html/" + entry.getKey() + ".html"),
            50_000_000);
        String predicted = extractor.getValue().apply(HtmlPages.parse(bytes, null, url), url);
        String body = entry.getValue().path("articleBody").asText("");
        byType.computeIfAbsent(entry.getValue().path("pageType").asText("article"), t -> new ArrayList<>())
            .add(WordF1.compare(body, predicted));
        shingles.add(ShingleMatch.compare(body, predicted));
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s shingle F1 %.3f  wordF1", extractor.getKey(),
          ShingleMatch.summarise(shingles).f1()));
      byType.forEach((type, counts) -> line.append(String.format(Locale.ROOT, "  %s %.3f", type, WordF1.meanF1(counts))));
      System.out.println(line);
    }
  }
}
