package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The detector for garbled machine translation (rule-based engines, distant pivots, broken pipelines):
 * a logistic model over an article's error densities — LanguageTool's matches per sentence, the language
 * model's absolute surprisal (an article garbled from start to end has no clean baseline of its own to
 * be surprising against), rare and foreign words — every weight ≥ 0, fitted on rule-based round trips
 * against English originals and professional translations, its log-odds pulled toward its own prior for
 * short texts. Beside it the fluent detector (the sentence and article models) reads predictable,
 * narrow wording; either can raise the verdict (models/SCORER.md, "Two detectors").
 *
 * @param model       p(garbled machine translation | article features), on its fitting set's mix
 * @param shortText   how far its log-odds are trusted at each length
 * @param calibration the affine map of its (shrunk) log-odds onto the verdict scale:
 *     {@code z' = shift + scale·(z − anchor(n))}, {@code scale ≥ 0}, so more evidence still never lowers it
 * @param anchors     per text length, the log-odds that the detector's share of human false alarms sits at
 *     (English originals of that length, professional translations): placed at {@code shift}, the
 *     machine-translated threshold, so that alone it flags no more human texts of any length than its
 *     share; texts of up to {@code upTo} sentences use the first anchor that covers them, longer ones the last
 * @param gate        how far below its anchor (in the model's log-odds) the detector still speaks, or null for
 *     everywhere: below it the detector says 0, so that the error densities of ordinary human text — which neural
 *     machine translation has fewer of — do not add to the fluent detector's probability by noisy-OR
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GarbledDetector(
    @JsonProperty("model") LogisticModel model,
    @JsonProperty("shortText") LengthShrinkage shortText,
    @JsonProperty("calibration") Calibration calibration,
    @JsonProperty("anchors") java.util.List<Anchor> anchors,
    @JsonProperty("gate") @JsonInclude(JsonInclude.Include.NON_NULL) Double gate) {

  /** No garbled detector (scorers fitted before there was one): it never raises anything. */
  public static final GarbledDetector NONE =
      new GarbledDetector(null, LengthShrinkage.NONE, Calibration.IDENTITY, java.util.List.of(), null);

  /** The log-odds a length class's human false alarms start at. */
  public record Anchor(@JsonProperty("upTo") int upTo, @JsonProperty("logOdds") double logOdds) {}

  public GarbledDetector {
    shortText = shortText == null ? LengthShrinkage.NONE : shortText;
    calibration = calibration == null ? Calibration.IDENTITY : calibration;
    anchors = anchors == null ? java.util.List.of() : anchors.stream()
        .sorted(java.util.Comparator.comparingInt(Anchor::upTo)).toList();
    if (calibration.scale() < 0) {
      throw new IllegalArgumentException("a garbled detector's calibration may not reverse it (scale " + calibration.scale() + ")");
    }
    if (gate != null && !(gate >= 0)) {
      throw new IllegalArgumentException("a garbled detector's gate is a distance below its anchor, not " + gate);
    }
  }

  /** {@code z' = shift + scale·z}. */
  public record Calibration(@JsonProperty("shift") double shift, @JsonProperty("scale") double scale) {
    public static final Calibration IDENTITY = new Calibration(0, 1);

    public double apply(double logOdds) {
      return shift + scale * logOdds;
    }
  }

  public GarbledDetector withCalibration(Calibration calibration) {
    return new GarbledDetector(model, shortText, calibration, anchors, gate);
  }

  public GarbledDetector withPlacement(Calibration calibration, java.util.List<Anchor> anchors) {
    return new GarbledDetector(model, shortText, calibration, anchors, gate);
  }

  public GarbledDetector withGate(Double gate) {
    return new GarbledDetector(model, shortText, calibration, anchors, gate);
  }

  /** The anchor for a text of {@code sentences} sentences (0 without anchors). */
  double anchor(int sentences) {
    for (Anchor a : anchors) {
      if (sentences <= a.upTo()) {
        return a.logOdds();
      }
    }
    return anchors.isEmpty() ? 0 : anchors.get(anchors.size() - 1).logOdds();
  }

  /** The detector's probability for an article of {@code sentences} sentences with these article features. */
  public double probability(Map<String, Double> articleFeatures, int sentences) {
    if (model == null || sentences == 0) {
      return 0;
    }
    double aboveAnchor = shrunkLogOdds(articleFeatures, sentences) - anchor(sentences);
    if (gate != null && aboveAnchor < -gate) {
      return 0;
    }
    return ArticleScorer.sigmoid(calibration.apply(aboveAnchor));
  }

  /** The model's log-odds pulled toward its prior for short texts, before calibration. */
  public double shrunkLogOdds(Map<String, Double> articleFeatures, int sentences) {
    return shortText.apply(ArticleScorer.logOdds(model.probability(articleFeatures)), sentences);
  }
}
