package io.mtdetect.score.fit;

import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.WordCount;

import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.BoostedTrees;
import io.mtdetect.score.FluentBlend;
import io.mtdetect.score.LengthShrinkage;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.MonotoneFeatures;
import io.mtdetect.score.ProbabilityModel;
import io.mtdetect.score.ScorerFitter;
import io.mtdetect.score.ScorerFitter.Example;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits the fluent detector: the sentence model on labelled sentences, then the article model over the
 * aggregates the fitted sentence model produces, then its short-text shrinkage. Logistic models are
 * sign-constrained on {@link MonotoneFeatures}; features that (almost) never fire in the training data
 * keep their documented priors (models/SCORER.md).
 */
public final class FluentDetectorFitter {
  /** The article model's family. */
  public enum ArticleModelKind { logistic, boosted_trees }

  /** Examples a feature must fire in before its fitted weight replaces the documented prior. */
  static final int MIN_SUPPORT = 20;
  /**
   * Article-level priors (log-odds per unit) for artefacts the training data cannot show: no round-trip
   * corpus carries an aggregator's "translated by software" footer; its weight is what the originals' measured
   * rate earns ({@link DisclosureWeight}).
   */
  static Map<String, Double> articlePriors(double disclosureWeight) {
    return Map.of(ArticleScorer.MAX_PREFIX + "disclosure", disclosureWeight, ArticleScorer.MAX_PREFIX + "quotes.misplaced", 1.5);
  }

  private final MonotoneLogisticFitter fitter;
  private final FeatureSelection selection;
  private final ArticleModelKind kind;
  private final int trees;
  private final int treeDepth;
  private final long seed;
  private final double disclosureWeight;
  private final String blendFeature;

  private final boolean shortTextByWords;

  public FluentDetectorFitter(MonotoneLogisticFitter fitter, FeatureSelection selection, ArticleModelKind kind,
      int trees, int treeDepth, long seed) {
    this(fitter, selection, kind, trees, treeDepth, seed, DisclosureWeight.UNMEASURED, null, true);
  }

  /**
   * @param blendFeature the sentence feature blended into the article model's log-odds ({@link FluentBlend}) when
   *     the training articles carry it, and then kept out of the sentence and article models; null for none
   * @param shortTextByWords whether the short-text shrinkage counts a text's length in sentences' worth of words
   *     ({@link LengthShrinkage#length}) rather than in sentences alone
   */
  public FluentDetectorFitter(MonotoneLogisticFitter fitter, FeatureSelection selection, ArticleModelKind kind,
      int trees, int treeDepth, long seed, double disclosureWeight, String blendFeature, boolean shortTextByWords) {
    this.shortTextByWords = shortTextByWords;
    this.blendFeature = blendFeature;
    this.disclosureWeight = disclosureWeight;
    this.fitter = fitter;
    this.selection = selection;
    this.kind = kind;
    this.trees = trees;
    this.treeDepth = treeDepth;
    this.seed = seed;
  }

  /** The fitted sentence and article models with their shrinkage, and how many sentences the fit saw. */
  public record Fitted(LogisticModel sentence, ScorerModel.ArticleModel article, LengthShrinkage shortText,
      int sentenceExamples) {}

  /** The features without the blended one and its aggregates: the blend weighs it, not the models. */
  private Map<String, Double> withoutBlended(Map<String, Double> features) {
    if (blendFeature == null) {
      return features;
    }
    Map<String, Double> kept = new java.util.TreeMap<>(features);
    kept.keySet().removeIf(name -> name.equals(blendFeature) || blendFeature.equals(ArticleScorer.signalOf(name)));
    return kept;
  }

  /** Whether the tree model calibrates on this document instead of fitting on it. */
  public boolean calibratesOn(Item item) {
    return kind == ArticleModelKind.boosted_trees && DocumentSplit.isCalibration(item.result().id());
  }

  public Fitted fit(ScorerModel base, List<Item> train, List<Item> trainExcerpts) {
    List<Example> sentences = new ArrayList<>();
    for (Item item : train) {
      var s = item.result().sentences();
      for (int i = 0; i < s.size(); i++) {
        // Without sentence labels, a human article's sentences are all human; an MT article's are unknown.
        int label = item.sentenceLabels()[i] >= 0 ? item.sentenceLabels()[i] : item.label() == 0 ? 0 : -1;
        if (label >= 0) {
          sentences.add(new Example(withoutBlended(selection.kept(s.get(i).signals())), label));
        }
      }
    }
    LogisticModel priors = new LogisticModel(0, selection.kept(base.sentence().weights()), null, null);
    LogisticModel sentenceModel = ScorerFitter.withPriors(
        fitter.fit(sentences, ScorerFitter.featureNames(sentences), MonotoneFeatures::isEvidence), priors, sentences,
        MIN_SUPPORT);
    ArticleScorer sentenceScorer = new ArticleScorer(new ScorerModel(sentenceModel, base.article(), base.thresholds()));
    List<Example> articles = new ArrayList<>();
    List<Example> calibration = new ArrayList<>();
    List<Example> withBlended = new ArrayList<>();
    // Whole articles only: fitting the article model on the excerpts too was tried and raised the false
    // alarms on one-sentence originals (docs/benchmark.md); the excerpts fit the shrinkage below instead.
    for (Item item : train) {
      Map<String, Double> features = selection.kept(sentenceScorer.articleFeatures(
          sentenceScorer.rescore(item.result()).sentences()));
      Example example = new Example(withoutBlended(features), item.label());
      (calibratesOn(item) ? calibration : articles).add(example);
      if (!calibratesOn(item)) {
        withBlended.add(new Example(features, item.label()));
      }
    }
    ProbabilityModel articleModel;
    if (kind == ArticleModelKind.logistic) {
      articleModel = ScorerFitter.withPriors(
          fitter.fit(articles, ScorerFitter.featureNames(articles), MonotoneFeatures::isEvidence),
          new LogisticModel(0, selection.kept(articlePriors(disclosureWeight)), null, null), articles, MIN_SUPPORT);
    } else {
      // Not sign-constrained: Tribuo's trees take no monotone constraints, so this family is for comparison only.
      BoostedTrees boosted = new BoostedTreesFitter(trees, treeDepth, 0.1, 10f, seed)
          .fit(articles, ScorerFitter.featureNames(articles));
      List<PlattScaling.Scored> heldOutMargins = calibration.stream()
          .map(e -> new PlattScaling.Scored(boosted.margin(e.features()), e.label())).toList();
      articleModel = boosted.withCalibration(PlattScaling.fit(heldOutMargins));
    }
    FluentBlend blend = blendFeature == null ? null : FluentBlendFitter.fit(blendFeature,
        FluentBlendFitter.EQUAL_WEIGHT, articleModel, withBlended);
    ScorerModel.ArticleModel article =
        base.article().withModel(articleModel, blend);
    // Short texts: how far the article model's log-odds are trusted at each length, fitted on the training
    // articles and their excerpts together (without excerpts, no shrinkage).
    LengthShrinkage shortText = LengthShrinkage.NONE;
    if (!trainExcerpts.isEmpty()) {
      ArticleScorer unshrunk = new ArticleScorer(new ScorerModel(sentenceModel, article, base.thresholds()));
      LengthShrinkage lengths = LengthShrinkage.NONE.withWordsPerSentence(shortTextByWords ? wordsPerSentence(train) : 0);
      List<LengthShrinkageFitter.Text> texts = new ArrayList<>();
      for (List<Item> part : List.of(train, trainExcerpts)) {
        for (Item item : part) {
          List<ScoredSentence> text = item.result().sentences();
          texts.add(new LengthShrinkageFitter.Text(ArticleScorer.logOdds(unshrunk.fluentProbability(text)),
              lengths.length(text.size(), ArticleScorer.words(text)), item.label()));
        }
      }
      shortText = LengthShrinkageFitter.fit(texts).withWordsPerSentence(lengths.wordsPerSentence());
    }
    return new Fitted(sentenceModel, article, shortText, sentences.size());
  }

  /** The median sentence of the training articles in words: what one sentence's worth of evidence is. */
  static double wordsPerSentence(List<Item> train) {
    double[] counts = train.stream().flatMap(item -> item.result().sentences().stream())
        .mapToDouble(s -> WordCount.of(s.text())).sorted().toArray();
    return counts.length == 0 ? 0 : counts[counts.length / 2];
  }
}
