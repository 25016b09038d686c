package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.translationese.TranslationeseTokens;
import io.mtdetect.translationese.WordOrderModel;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.languagetool.Languages;

/**
 * How unlike English news a sentence's word order is, topic aside: its surprisal under the word-order model
 * ({@link WordOrderModel}: trigrams of function words and part-of-speech tags) beyond the surprisal of the
 * same tokens taken one by one. A rule-based engine's word salad ("ratcheted upwards of threats at
 * retaliate") keeps English words but not English constructions; the language model, which reads words,
 * is distracted by their rarity, which this view does not see.
 */
public final class WordOrderSignal implements SentenceSignal {
  public static final String SURPRISAL_OVER_UNIGRAM = "syntax.surprisalOverUnigram";

  private final WordOrderModel model;
  private final UnaryOperator<String> view;

  public WordOrderSignal(WordOrderModel model, UnaryOperator<String> view) {
    this.model = model;
    this.view = view;
  }

  /** The signal with the bundled model and the translationese view, or null when this build has no model. */
  public static WordOrderSignal bundled() {
    return bundled(new TranslationeseTokens(Languages.getLanguageForShortCode("en-US")));
  }

  /** The signal with the bundled model reading sentences through {@code translationeseView}, or null without a model. */
  public static WordOrderSignal bundled(UnaryOperator<String> translationeseView) {
    WordOrderModel model = WordOrderModel.bundled();
    return model == null ? null : new WordOrderSignal(model, translationeseView);
  }

  @Override
  public String name() {
    return "syntax";
  }

  @Override
  public List<String> features() {
    return List.of(SURPRISAL_OVER_UNIGRAM);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence s : article.sentences()) {
      String tokens = view.apply(s.text());
      if (tokens.isBlank()) {
        continue;
      }
      WordOrderModel.Surprisal surprisal = model.score(Arrays.asList(tokens.split(" ")));
      findings.get(s.index()).set(SURPRISAL_OVER_UNIGRAM, surprisal.overUnigram());
    }
  }
}
