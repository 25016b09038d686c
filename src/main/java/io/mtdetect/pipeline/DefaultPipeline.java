package io.mtdetect.pipeline;

import io.mtdetect.lm.LanguageModel;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.segment.BoilerplateFilter;
import io.mtdetect.segment.OtherLanguageLines;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.segment.SentenceSplitter;
import io.mtdetect.segment.ShoutedText;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.ArticleTranslationeseSignal;
import io.mtdetect.signals.EnglishSpellers;
import io.mtdetect.signals.LexicalSignal;
import io.mtdetect.signals.WordOrderSignal;
import io.mtdetect.signals.NameGazetteer;
import io.mtdetect.signals.NewsWordCounts;
import io.mtdetect.signals.LanguageModelSignal;
import io.mtdetect.signals.LanguageToolSignal;
import io.mtdetect.signals.RuleSelection;
import io.mtdetect.signals.RoundTripSignal;
import io.mtdetect.roundtrip.RoundTripPool;
import io.mtdetect.signals.SentenceSignal;
import io.mtdetect.translationese.MemoizedView;
import io.mtdetect.translationese.TranslationeseTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.languagetool.Languages;

/** Wires the standard analyzer: the one place that lists which signals a default run uses. */
public final class DefaultPipeline {
  public static final String LANGUAGE = "en-US";
  /**
   * Sentences whose translationese view is kept for the next signal: room for several long pages at once (one
   * article per thread), so an article's sentences are still there when the whole-text model reads them after the
   * word-order signal; a sentence that is not is tagged again, never scored differently.
   */
  static final int VIEWS_REMEMBERED = 4096;

  private DefaultPipeline() {}

  /** Why the round-trip signal cannot run here (for a one-line message), or null when it can. */
  public static String roundTripUnavailable() {
    return RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS) ? null
        : "Apertium with its eng-spa and eng-cat pairs is not installed (apt-get install apertium apertium-eng-spa"
            + " apertium-eng-cat)";
  }

  /**
   * The standard segmenter: furniture filter, LanguageTool's English sentence splitter, and paragraphs of other
   * languages told by LanguageTool's English dictionaries.
   */
  public static Segmenter segmenter() {
    EnglishSpellers dictionaries = EnglishSpellers.bundled();
    return new Segmenter(new BoilerplateFilter(), new SentenceSplitter(Languages.getLanguageForShortCode(LANGUAGE)),
        new OtherLanguageLines(dictionaries::accepts),
        new ShoutedText(() -> new ShoutedText.Lexicon(NewsWordCounts.bundled().counts(), NameGazetteer.bundledCounts())));
  }

  public static ArticleAnalyzer create(ScorerModel model, int threads) {
    return create(model, threads, null);
  }

  /** The standard analyzer, plus the language-model signal when {@code languageModel} is not null. */
  public static ArticleAnalyzer create(ScorerModel model, int threads, LanguageModel languageModel) {
    return create(model, threads, languageModel, null);
  }

  /** As {@link #create(ScorerModel, int, LanguageModel)}, charging each stage's CPU time to {@code times}. */
  public static ArticleAnalyzer create(ScorerModel model, int threads, LanguageModel languageModel, StageTimes times) {
    return create(model, threads, languageModel, times, false);
  }

  /**
   * As {@link #create(ScorerModel, int, LanguageModel, StageTimes)}, with the Apertium round-trip signal
   * when {@code roundTrip} is set and Apertium is installed (see {@link #roundTripUnavailable}).
   */
  public static ArticleAnalyzer create(ScorerModel model, int threads, LanguageModel languageModel, StageTimes times,
      boolean roundTrip) {
    return create(model, threads, languageModel, times, roundTrip, languageToolSignal(threads));
  }

  /** The standard LanguageTool pass: English rules less the bundled disabled ones, bundled rule weights. */
  public static LanguageToolSignal languageToolSignal(int threads) {
    return LanguageToolSignal.withRules(Languages.getLanguageForShortCode(LANGUAGE), RuleSelection.bundledDisabledRules(),
        RuleSelection.bundledRuleWeights(), threads);
  }

  /** As {@link #create(ScorerModel, int, LanguageModel, StageTimes, boolean)} with a LanguageTool pass built (and warmed) already. */
  public static ArticleAnalyzer create(ScorerModel model, int threads, LanguageModel languageModel, StageTimes times,
      boolean roundTrip, LanguageToolSignal languageTool) {
    List<SentenceSignal> signals = new ArrayList<>();
    signals.add(languageTool);
    NewsWordCounts newsWords = NewsWordCounts.bundled();
    signals.addAll(Artefacts.detectors(newsWords));
    signals.add(new LexicalSignal(newsWords));
    // both read each sentence's translationese view: tag it once
    UnaryOperator<String> translationese = new MemoizedView(
        new TranslationeseTokens(Languages.getLanguageForShortCode(LANGUAGE)), VIEWS_REMEMBERED);
    WordOrderSignal wordOrder = WordOrderSignal.bundled(translationese);
    if (wordOrder != null) {
      signals.add(wordOrder);
    }
    ArticleTranslationeseSignal articleTranslationese = ArticleTranslationeseSignal.bundled(translationese);
    if (articleTranslationese != null) {
      signals.add(articleTranslationese);
    }
    // The lexical n-gram model (signals/NgramSignal) is not here: cross-fitted into the stack it lowered the
    // language- and pivot-out AUCs (docs/benchmark.md, issue 21), so it serves as the baseline only.
    if (roundTrip && roundTripUnavailable() == null) {
      signals.add(new RoundTripSignal(new RoundTripPool(RoundTripPool.DEFAULT_PIVOTS, threads)));
    }
    if (languageModel != null) {
      signals.add(new LanguageModelSignal(languageModel));
    }
    return new ArticleAnalyzer(segmenter(), signals, new ArticleScorer(model), times);
  }
}
