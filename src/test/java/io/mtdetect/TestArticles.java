package io.mtdetect;

import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.segment.BoilerplateFilter;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.segment.SentenceSplitter;
import io.mtdetect.signals.SentenceSignal;
import java.util.List;
import org.languagetool.Languages;

/** Builds test articles: segmented literal text for signal tests, the seeds as JSON Lines. */
public final class TestArticles {
  private static final Segmenter SEGMENTER =
      io.mtdetect.pipeline.DefaultPipeline.segmenter();

  private TestArticles() {}

  public static SegmentedArticle body(String text) {
    return SEGMENTER.segment(new Article("test", "test", null, text, Article.TextLayout.BODY_ONLY));
  }

  /** A web page's body, with what its markup says (code blocks, list items, identifiers). */
  public static SegmentedArticle page(String text, io.mtdetect.core.PageMarkup markup) {
    return page(text, "page", markup);
  }

  /** A web page of the given {@code pageType} ("forum", "documentation", …). */
  public static SegmentedArticle page(String text, String pageType, io.mtdetect.core.PageMarkup markup) {
    return SEGMENTER.segment(new Article("test", "test", null, text, Article.TextLayout.BODY_ONLY, null, null, pageType,
        markup));
  }

  public static Article textFile(String id, String text) {
    return new Article(id, id, null, text, Article.TextLayout.HEADLINE_FIRST);
  }

  /** The seeds as JSON Lines records ({@code id} = file name, {@code text}), in file-name order. */
  public static List<String> seedsAsJsonLines() throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> lines = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> seeds = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
      for (java.nio.file.Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        com.fasterxml.jackson.databind.node.ObjectNode record = json.createObjectNode();
        record.put("id", seed.getFileName().toString());
        record.put("text", java.nio.file.Files.readString(seed, java.nio.charset.StandardCharsets.UTF_8));
        lines.add(json.writeValueAsString(record));
      }
    }
    return lines;
  }

  public static List<SentenceFindings> run(SentenceSignal signal, SegmentedArticle article) {
    List<SentenceFindings> findings = SentenceFindings.forSentences(article.sentences().size());
    signal.analyse(article, findings);
    return findings;
  }

  /** Total of one feature over all sentences. */
  public static double total(List<SentenceFindings> findings, String feature) {
    return findings.stream().mapToDouble(f -> f.feature(feature)).sum();
  }
}
