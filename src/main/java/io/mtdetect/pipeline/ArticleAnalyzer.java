package io.mtdetect.pipeline;

import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.core.Messages;
import io.mtdetect.core.OriginalRef;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.match.OriginalMatch;
import io.mtdetect.match.OriginalMatcher;
import java.io.IOException;
import java.util.Optional;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.PostScorer;
import io.mtdetect.segment.EnglishText;
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
  private final StageTimes times;
  private final OriginalMatcher originals;

  public ArticleAnalyzer(Segmenter segmenter, List<SentenceSignal> signals, ArticleScorer scorer) {
    this(segmenter, signals, scorer, null);
  }

  /** @param times where to charge each stage's CPU time (for {@code bench}), or {@code null} */
  public ArticleAnalyzer(Segmenter segmenter, List<SentenceSignal> signals, ArticleScorer scorer, StageTimes times) {
    this(segmenter, signals, scorer, times, null);
  }

  private ArticleAnalyzer(Segmenter segmenter, List<SentenceSignal> signals, ArticleScorer scorer, StageTimes times,
      OriginalMatcher originals) {
    this.segmenter = segmenter;
    this.signals = List.copyOf(signals);
    this.scorer = scorer;
    this.times = times;
    this.originals = originals;
  }

  /**
   * This analyzer, also matching every article against an index of originals (records get
   * {@code original} and {@code alignedTo}). The returned analyzer owns the matcher and this one's
   * signals: close only it.
   */
  public ArticleAnalyzer withOriginals(OriginalMatcher matcher) {
    return new ArticleAnalyzer(segmenter, signals, scorer, times, matcher);
  }

  /**
   * The output record for one input item: the scored article, or an error result for an item that
   * could not be read or scored (one bad article never stops a batch).
   */
  public ArticleResult analyse(InputItem item) {
    if (item instanceof InputItem.Unreadable bad) {
      return ArticleResult.failed(bad.id(), bad.source(), bad.reason());
    }
    try {
      return analyse(((InputItem.Readable) item).article());
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleResult.failed(item.id(), item.source(), "could not be scored: " + e);
    }
  }

  /** Scores one article; an article with nothing left to score becomes an error result. */
  public ArticleResult analyse(Article input) {
    long t = times == null ? 0 : times.now();
    SegmentedArticle segmented = segmenter.segment(input);
    Article article = segmented.article();
    t = times == null ? 0 : times.charge(StageTimes.SEGMENTATION, t);
    if (segmented.sentences().isEmpty()) {
      String skipped = segmented.skippedSummary();
      return ArticleResult.failed(article.id(), article.source(),
          "no article text left to score after removing page furniture" + (skipped.isEmpty() ? "" : " (" + skipped + " lines)"));
    }
    String notEnglish = EnglishText.refusal(segmented);
    if (notEnglish != null) {
      return ArticleResult.failed(article.id(), article.source(), notEnglish);
    }
    List<SentenceFindings> findings = SentenceFindings.forSentences(segmented.sentences().size());
    for (SentenceSignal signal : signals) {
      for (SentenceFindings f : findings) {
        signal.features().forEach(name -> f.add(name, 0));
      }
      signal.analyse(segmented, findings);
      t = times == null ? 0 : times.charge(StageTimes.stageOf(signal.name()), t);
    }
    ArticleScorer.Scored scored = scorer.score(segmented, findings);
    if (times != null) {
      times.charge(StageTimes.SCORING, t);
    }
    Optional<OriginalRef> original = null;
    if (originals != null) {
      Optional<OriginalMatch> match;
      try {
        match = originals.find(segmented);
      } catch (IOException e) {
        return ArticleResult.failed(article.id(), article.source(), "could not be matched against the index of originals: "
            + Messages.of(e));
      }
      if (match.isPresent()) {
        scored = scorer.withOriginal(scored, match.get().relation(), OriginalMatcher.annotate(scored.sentences(), match.get()));
      }
      original = match.map(OriginalMatch::ref);
    }
    return new ArticleResult(article.id(), article.source(), segmented.title(), scored.mtProbability(),
        scored.quality(), scored.verdict(), null, scored.sentences(), segmented.skipped(), article.textFrom(), original,
        scored.sentences().size(), scored.basis(), article.pageType(), new PostScorer(scorer).score(article, scored.sentences()));
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  /** The index of originals articles are matched against, when there is one. */
  public Optional<OriginalMatcher> originals() {
    return Optional.ofNullable(originals);
  }

  public List<SentenceSignal> signals() {
    return signals;
  }

  @Override
  public void close() {
    for (SentenceSignal signal : signals) {
      signal.close();
    }
    if (originals != null) {
      try {
        originals.close();
      } catch (IOException e) {
        // Read-only: nothing is lost if releasing the index fails.
      }
    }
  }
}
