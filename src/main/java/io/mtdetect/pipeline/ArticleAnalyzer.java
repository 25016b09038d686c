package io.mtdetect.pipeline;

import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.signals.SentenceSignal;
import java.util.List;

/**
 * One article through segment → signals → score. Thread-safe: the segmenter and scorer are
 * stateless, and signals pool whatever they hold. Owns (and closes) its signals.
 */
public final class ArticleAnalyzer implements AutoCloseable {
  private final Segmenter segmenter;
  private final List<SentenceSignal> signals;
  private final ArticleScorer scorer;

  public ArticleAnalyzer(Segmenter segmenter, List<SentenceSignal> signals, ArticleScorer scorer) {
    this.segmenter = segmenter;
    this.signals = List.copyOf(signals);
    this.scorer = scorer;
  }

  /** Scores one article; an article with nothing left to score becomes an error result. */
  public ArticleResult analyse(Article article) {
    SegmentedArticle segmented = segmenter.segment(article);
    if (segmented.sentences().isEmpty()) {
      return ArticleResult.failed(article.id(), article.source(),
          "no article text left to score after removing page furniture");
    }
    List<SentenceFindings> findings = SentenceFindings.forSentences(segmented.sentences().size());
    for (SentenceSignal signal : signals) {
      for (SentenceFindings f : findings) {
        signal.features().forEach(name -> f.add(name, 0));
      }
      signal.analyse(segmented, findings);
    }
    ArticleScorer.Scored scored = scorer.score(segmented, findings);
    return new ArticleResult(article.id(), article.source(), segmented.title(), scored.mtProbability(),
        scored.quality(), scored.verdict(), null, scored.sentences(), segmented.skipped(), article.textFrom());
  }

  public List<SentenceSignal> signals() {
    return signals;
  }

  @Override
  public void close() {
    for (SentenceSignal signal : signals) {
      signal.close();
    }
  }
}
