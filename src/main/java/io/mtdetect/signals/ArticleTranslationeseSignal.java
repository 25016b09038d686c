package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.ngram.NgramModel;
import io.mtdetect.ngram.SentenceViews;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The translationese model read over a whole text ({@code models/translationese-article}): one probability that
 * the article was machine translated, from the n-grams of its function words and part-of-speech tags counted over
 * all its sentences at once, written on every sentence so that the article mean the scorer's fluent blend reads is
 * that probability. Why a whole text: translationese is a rate (how often a clause is built one way rather than
 * another), which one sentence barely shows; the same n-grams fitted per article instead of per sentence rank the
 * languages and engines the model never saw higher (docs/benchmark.md, "A translationese model of the whole text").
 * A forum post scored on its own carries its thread's probability: read alone, a post of a few informal lines is
 * not the news article the model was fitted on, and 564 posts of WCXB's human forum threads read more machine-translated
 * that way (docs/benchmark.md, "A forum post's own whole-text reading").
 */
public final class ArticleTranslationeseSignal implements SentenceSignal {
  public static final String FAMILY = "articleTranslationese";
  public static final String PROBABILITY = "articleTranslationese.machineProbability";

  private final NgramModel model;
  private final UnaryOperator<String> sentenceView;

  /**
   * @param sentenceView the model's view ({@link NgramModel#view()}) of one sentence; the pipeline hands in the one
   *                     the word-order signal uses too ({@link io.mtdetect.translationese.MemoizedView}), so that
   *                     each sentence is tagged once
   */
  public ArticleTranslationeseSignal(NgramModel model, UnaryOperator<String> sentenceView) {
    this.model = model;
    this.sentenceView = sentenceView;
  }

  public ArticleTranslationeseSignal(NgramModel model) {
    this(model, SentenceViews.of(model.view()));
  }

  /** The model that ships in the jar, reading sentences through {@code sentenceView}, or null when this build has none. */
  public static ArticleTranslationeseSignal bundled(UnaryOperator<String> sentenceView) {
    NgramModel model = NgramSignal.bundledModel("/models/translationese-article/");
    return model == null ? null : new ArticleTranslationeseSignal(model, sentenceView);
  }

  /** The model that ships in the jar, or null when this build has none. */
  public static ArticleTranslationeseSignal bundled() {
    NgramModel model = NgramSignal.bundledModel("/models/translationese-article/");
    return model == null ? null : new ArticleTranslationeseSignal(model);
  }

  /**
   * What the model reads of an article: its sentences one after another. Training ({@code train-ngram --unit
   * article}) joins them the same way, so a text is featurised alike in both.
   */
  public static String text(List<String> sentences) {
    return String.join(" ", sentences);
  }

  /**
   * The probability of a text given as its sentences. It reads the sentences' views joined, which is the view of
   * {@link #text} (the view tags word by word, and no token spans two sentences: the same on 1,500 articles of the
   * fit's data, docs/benchmark.md), so a sentence the word-order signal has viewed is not tagged again.
   */
  public double probability(List<String> sentences) {
    StringBuilder viewed = new StringBuilder();
    for (String sentence : sentences) {
      String view = sentenceView.apply(sentence);
      if (!view.isBlank()) {
        viewed.append(viewed.length() > 0 ? " " : "").append(view);
      }
    }
    return model.probabilityOfView(viewed.toString());
  }

  @Override
  public String name() {
    return FAMILY;
  }

  @Override
  public List<String> features() {
    return List.of(PROBABILITY);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<Sentence> sentences = article.sentences();
    if (sentences.isEmpty()) {
      return;
    }
    double p = probability(sentences.stream().map(Sentence::text).toList());
    for (Sentence s : sentences) {
      findings.get(s.index()).set(PROBABILITY, p);
    }
  }
}
