package io.mtdetect.pipeline;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.LanguageModelSignal;
import io.mtdetect.signals.ArticleTranslationeseSignal;
import io.mtdetect.signals.LexicalSignal;
import io.mtdetect.signals.NewsWordCounts;
import io.mtdetect.signals.SentenceSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sentences of a saved result as the result of scoring that excerpt alone: what
 * {@code train-scorer} fits short texts on without scoring every excerpt again. A sentence's
 * LanguageTool, language-model and classifier features depend only on the sentence and the paragraph
 * before it, so they carry over; what depends on the whole text is recomputed: the artefact detectors,
 * the lexical norms and (for results that carry it) the whole-text translationese model are re-run on the
 * excerpt, and {@code lm.relativeSurprisal} is taken against the excerpt's own median. Thread-safe.
 */
public final class ResultExcerpts {
  private final ArtefactRefresh textSignals;
  /** The same and the whole-text translationese model, in one pass; null when this build has no such model. */
  private final ArtefactRefresh withWholeText;

  public ResultExcerpts() {
    NewsWordCounts newsWords = NewsWordCounts.bundled();
    List<SentenceSignal> signals = new ArrayList<>(Artefacts.detectors(newsWords));
    signals.add(new LexicalSignal(newsWords));
    this.textSignals = new ArtefactRefresh(signals);
    ArticleTranslationeseSignal model = ArticleTranslationeseSignal.bundled();
    if (model == null) {
      this.withWholeText = null;
    } else {
      signals.add(model);
      this.withWholeText = new ArtefactRefresh(signals);
    }
  }

  /**
   * The excerpt of the first {@code sentences} sentences (after a first line that repeats the headline),
   * id {@code ID@firstK}; its sentences keep their offsets in the article's text.
   */
  public ArticleResult first(ArticleResult result, int sentences) {
    // A text that repeats its headline as its first line: a teaser starts after it (scripts/make-excerpts too).
    int from = result.title() != null && !result.sentences().isEmpty()
        && result.sentences().get(0).text().strip().equals(result.title().strip()) ? 1 : 0;
    List<ScoredSentence> kept = result.sentences().subList(Math.min(from, result.sentences().size()),
        Math.min(from + sentences, result.sentences().size()));
    double[] surprisal = kept.stream().mapToDouble(s -> s.signals().getOrDefault(LanguageModelSignal.SURPRISAL, 0.0))
        .toArray();
    double median = LanguageModelSignal.median(surprisal);
    List<ScoredSentence> rebased = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      ScoredSentence s = kept.get(i);
      Map<String, Double> signals = new LinkedHashMap<>(s.signals());
      if (signals.containsKey(LanguageModelSignal.RELATIVE)) {
        signals.put(LanguageModelSignal.RELATIVE, signals.getOrDefault(LanguageModelSignal.SURPRISAL, 0.0) - median);
      }
      rebased.add(new ScoredSentence(i, s.paragraph(), s.start(), s.end(), s.text(), s.mtProbability(),
          Map.copyOf(signals), s.evidence(), s.alignedTo()));
    }
    ArticleResult excerpt = new ArticleResult(result.id() + "@first" + sentences, result.source(), result.title(),
        result.mtProbability(), result.quality(), result.verdict(), null, rebased, List.of(), result.textFrom(), null,
        rebased.size(), null);
    // a teaser's style profile is its own, not its article's; results saved before the model keep lacking it
    boolean readWhole = withWholeText != null && !kept.isEmpty()
        && kept.get(0).signals().containsKey(ArticleTranslationeseSignal.PROBABILITY);
    return (readWhole ? withWholeText : textSignals).refresh(excerpt);
  }
}
