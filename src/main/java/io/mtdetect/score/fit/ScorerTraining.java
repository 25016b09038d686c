package io.mtdetect.score.fit;

import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.EvidenceChannel;
import io.mtdetect.score.GarbledDetector;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scorer's training pipeline (models/SCORER.md): split → fluent detector (sentence model, article
 * model, short-text shrinkage) → garbled detector (with its own shrinkage) → evidence channel (measured
 * rates, given) → thresholds. The garbled groups are left out of the fluent detector's fit so that each
 * detector learns one kind of machine translation; the noisy-OR of the two lets either raise the verdict.
 */
public final class ScorerTraining {
  /**
   * How to fit.
   *
   * @param selection              the features the models may use
   * @param garbledGroups          the groups of garbled machine translation (the garbled detector's positives,
   *                               left out of the fluent detector's fit)
   * @param garbledDetector        whether to fit a garbled detector at all (an ablation leaves it out)
   * @param fluentSeesGarbled      whether the fluent detector is fitted on the garbled groups too
   * @param garbledFalseAlarms     the share of human texts (per length, per kind) the garbled detector alone may
   *                               call machine-translated
   * @param translationBoundGroups the professional translations that bound the thresholds, or {@code null}
   * @param garbledTranslationGroups the professional translations that bound the garbled detector's placement, or
   *                               {@code null} for {@code translationBoundGroups}
   * @param garbledGate            how far below its anchor the garbled detector still speaks ({@link GarbledDetector#gate}),
   *                               or null for everywhere
   * @param garbledSelection       the features the garbled detector may use, or null for {@code selection}'s
   * @param disclosureWeight       the log-odds a disclosure adds ({@link DisclosureWeight})
   * @param webBounds              the share of real web pages that may reach each verdict
   * @param shortTextByWords       whether the fluent detector's short-text shrinkage counts sentences' worth of words
   * @param blendFeature           the sentence feature blended into the fluent detector ({@link io.mtdetect.score.FluentBlend})
   *                               when the training articles carry it, or null
   */
  public record Settings(FeatureSelection selection, FluentDetectorFitter.ArticleModelKind articleModel, int trees,
      int treeDepth, double ridge, double garbledRidge, long seed, Pattern garbledGroups, boolean garbledDetector,
      boolean fluentSeesGarbled, double garbledFalseAlarms, Pattern translationBoundGroups, double disclosureWeight,
      ThresholdFitter.WebBounds webBounds, String blendFeature, Pattern garbledTranslationGroups, Double garbledGate,
      FeatureSelection garbledSelection, boolean shortTextByWords) {

    /** Whose professional translations place the garbled detector. */
    Pattern garbledTranslationBounds() {
      return garbledTranslationGroups != null ? garbledTranslationGroups : translationBoundGroups;
    }
  }

  /** The fitted scorer, and what went into it. */
  public record Result(ScorerModel model, int sentenceExamples, int boundingTranslations, int boundingWebPages) {}

  private final Settings settings;

  public ScorerTraining(Settings settings) {
    this.settings = settings;
  }

  public Result fit(ScorerModel base, EvidenceChannel channel, TrainingSplit split) {
    MonotoneLogisticFitter logistic = new MonotoneLogisticFitter(settings.ridge());
    GarbledDetectorFitter garbledFitter = new GarbledDetectorFitter(new MonotoneLogisticFitter(settings.garbledRidge()),
        settings.garbledSelection() != null ? settings.garbledSelection() : settings.selection(), settings.garbledGroups());
    // Each detector learns one kind of machine translation: the garbled groups are not the fluent detector's.
    List<Item> fluentTrain = split.train().stream()
        .filter(i -> settings.fluentSeesGarbled() || !garbledFitter.isGarbled(i)).toList();
    List<Item> fluentExcerpts = split.trainExcerpts().stream()
        .filter(i -> settings.fluentSeesGarbled() || !garbledFitter.isGarbled(i)).toList();
    FluentDetectorFitter fluentFitter = new FluentDetectorFitter(logistic, settings.selection(),
        settings.articleModel(), settings.trees(), settings.treeDepth(), settings.seed(), settings.disclosureWeight(),
        settings.blendFeature(), settings.shortTextByWords());
    FluentDetectorFitter.Fitted fluent = fluentFitter.fit(base, fluentTrain, fluentExcerpts);
    ScorerModel withFluent = new ScorerModel(fluent.sentence(), fluent.article(), base.thresholds(), channel,
        fluent.shortText(), null);
    GarbledDetector garbled = settings.garbledDetector()
        ? garbledFitter.fit(new ArticleScorer(withFluent), split.train(), split.trainExcerpts())
        : GarbledDetector.NONE;
    // Trees fit their training articles closely, so their thresholds come from the calibration quarter,
    // which they never saw; the logistic model's from the whole training split.
    List<Item> thresholdSet = new ArrayList<>();
    for (List<Item> part : List.of(split.train(), split.trainExcerpts())) {
      part.stream().filter(i -> settings.articleModel() == FluentDetectorFitter.ArticleModelKind.logistic
          || fluentFitter.calibratesOn(i)).forEach(thresholdSet::add);
    }
    thresholdSet.addAll(split.webTrain());
    ThresholdFitter thresholdFitter = new ThresholdFitter(settings.translationBoundGroups(), 0, 0, settings.webBounds());
    if (garbled.model() != null) {
      // The fluent detector (with the evidence channel) sets where machine-translated starts, on what is left
      // of the false-alarm budget; the garbled detector is placed on that scale with the share kept for it.
      double fluentThreshold = new ThresholdFitter(settings.translationBoundGroups(), settings.garbledFalseAlarms(),
          ThresholdFitter.translationShare(), settings.webBounds()).fit(withFluent, thresholdSet).thresholds()
          .machineTranslated();
      garbled = garbledFitter.placeAtThreshold(garbled, new ArticleScorer(withFluent), thresholdSet,
          settings.garbledTranslationBounds(), ArticleScorer.logOdds(fluentThreshold), settings.garbledFalseAlarms(),
          ThresholdFitter.translationShare(), settings.webBounds().garbledShare()).withGate(settings.garbledGate());
    }
    ScorerModel unthresholded = withFluent.withGarbled(garbled);
    ThresholdFitter.Fitted thresholds = thresholdFitter.fit(unthresholded, thresholdSet);
    return new Result(unthresholded.withThresholds(thresholds.thresholds()), fluent.sentenceExamples(),
        thresholds.translations(), thresholds.webPages());
  }
}
