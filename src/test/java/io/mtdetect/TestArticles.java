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

/** Builds segmented articles from literal text for signal tests. */
public final class TestArticles {
  private static final Segmenter SEGMENTER =
      new Segmenter(new BoilerplateFilter(), new SentenceSplitter(Languages.getLanguageForShortCode("en-US")));

  private TestArticles() {}

  public static SegmentedArticle body(String text) {
    return SEGMENTER.segment(new Article("test", "test", null, text, Article.TextLayout.BODY_ONLY));
  }

  public static Article textFile(String id, String text) {
    return new Article(id, id, null, text, Article.TextLayout.HEADLINE_FIRST);
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
