package io.mtdetect.eval;

import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Also prints each extractor's mean time per page (one thread, page already parsed; the first
 * extractor also pays the JVM's warm-up). Run by {@code scripts/compare-extractors DIR [tune|held]};
 * a measurement, not a test.
 */
public final class ExtractorComparison {
  private ExtractorComparison() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    DomainHalf half = args.length > 1 ? DomainHalf.valueOf(args[1].toUpperCase(Locale.ROOT)) : null;
    List<BenchmarkPages.Page> pages = BenchmarkPages.read(dir, half);
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
      long extractionNanos = 0;
      for (BenchmarkPages.Page page : pages) {
        String url = page.url() == null ? "" : page.url();
        Document parsed = HtmlPages.parse(HtmlPages.readBytes(page.html(), 50_000_000), null, url);
        long start = System.nanoTime(); // the extractor alone: reading and parsing the page are not counted
        String predicted = extractor.getValue().apply(parsed, url);
        extractionNanos += System.nanoTime() - start;
        byType.computeIfAbsent(page.pageType(), t -> new ArrayList<>()).add(WordF1.compare(page.articleBody(), predicted));
        shingles.add(ShingleMatch.compare(page.articleBody(), predicted));
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s shingle F1 %.3f  wordF1", extractor.getKey(),
          ShingleMatch.summarise(shingles).f1()));
      byType.forEach((type, counts) -> line.append(String.format(Locale.ROOT, "  %s %.3f", type, WordF1.meanF1(counts))));
      line.append(String.format(Locale.ROOT, "  %.1f ms/page", extractionNanos / 1e6 / Math.max(1, pages.size())));
      System.out.println(line);
    }
  }
}
