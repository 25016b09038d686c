package io.mtdetect.score.fit;

import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.eval.LengthStrata;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.GarbledDetector;
import io.mtdetect.score.LengthShrinkage;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ScorerFitter;
import io.mtdetect.score.ScorerFitter.Example;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fits the {@link GarbledDetector}: error densities of garbled machine translation (the groups named, by
 * default the Apertium round trips) against English originals and professional translations — human
 * text, whoever wrote it; neural machine translation is left out, being the fluent detector's business.
 * Every weight ≥ 0; then its own short-text shrinkage on the same texts and their excerpts.
 */
public final class GarbledDetectorFitter {
  /**
   * The article means the detector reads — how many errors per sentence, how improbable in absolute terms —
   * beside the shares of sentences with each kind of error and the median sentence's surprisal
   * ({@link ArticleScorer#SHARE_FEATURES}, {@link ArticleScorer#MEDIAN_FEATURES}).
   */
  public static final List<String> SIGNALS = List.of("lt.ruleEvidence", "lt.spelling", "lt.grammar", "lt.punctuation",
      "lt.capitalization", "lt.style", "lt.other", "lm.surprisal", "lm.maxSurprisal", "lm.bitsPerChar",
      "lm.rareTokenShare", "lm.surprisalOverUnigram", "syntax.surprisalOverUnigram", "lex.rareWordShare", "foreign.word");

  /**
   * Read too when the training articles carry them (`--roundtrip` results): a text Apertium wrote survives Apertium's
   * round trip almost unchanged (full round trips chrF 0.86, English originals 0.69, professional translations 0.72).
   */
  public static final List<String> ROUND_TRIP_SIGNALS = List.of("roundtrip.chrF", "roundtrip.contentKept");

  private final MonotoneLogisticFitter fitter;
  private final FeatureSelection selection;
  private final Pattern garbledGroups;

  public GarbledDetectorFitter(MonotoneLogisticFitter fitter, FeatureSelection selection, Pattern garbledGroups) {
    this.fitter = fitter;
    this.selection = selection;
    this.garbledGroups = garbledGroups;
  }

  /** Whether the article is one of the detector's examples: garbled machine translation, or human text. */
  boolean isExample(Item item) {
    return isGarbled(item) || LengthStrata.isEnglishOriginal(item) || LengthStrata.isProfessionalTranslation(item);
  }

  public boolean isGarbled(Item item) {
    return item.label() == 1 && garbledGroups.matcher(item.group()).find();
  }

  /**
   * @param features where article features come from (the detector reads signal means, which no sentence model changes)
   */
  public GarbledDetector fit(ArticleScorer features, List<Item> train, List<Item> trainExcerpts) {
    List<String> names = new ArrayList<>(SIGNALS.stream().map(s -> ArticleScorer.MEAN_PREFIX + s).toList());
    ArticleScorer.SHARE_FEATURES.forEach(s -> names.add(ArticleScorer.SHARE_PREFIX + s));
    ArticleScorer.MEDIAN_FEATURES.forEach(s -> names.add(ArticleScorer.MEDIAN_PREFIX + s));
    boolean roundTrips = train.stream().filter(i -> !i.result().sentences().isEmpty()).findFirst()
        .map(i -> i.result().sentences().get(0).signals().containsKey(ROUND_TRIP_SIGNALS.get(0))).orElse(false);
    if (roundTrips) {
      ROUND_TRIP_SIGNALS.forEach(s -> names.add(ArticleScorer.MEAN_PREFIX + s));
    }
    names.removeIf(name -> !selection.keeps(name));
    List<Example> examples = new ArrayList<>();
    for (Item item : train) {
      if (isExample(item) && !item.result().sentences().isEmpty()) {
        examples.add(new Example(select(features.garbledFeatures(item.result().sentences()), names), item.label()));
      }
    }
    if (examples.stream().map(Example::label).distinct().count() < 2) {
      return GarbledDetector.NONE;
    }
    LogisticModel model = fitter.fit(examples, names, name -> true);
    List<LengthShrinkageFitter.Text> texts = new ArrayList<>();
    for (List<Item> part : List.of(train, trainExcerpts)) {
      for (Item item : part) {
        if (isExample(item) && !item.result().sentences().isEmpty()) {
          double p = model.probability(features.garbledFeatures(item.result().sentences()));
          texts.add(new LengthShrinkageFitter.Text(ArticleScorer.logOdds(p), item.result().sentences().size(),
              item.label()));
        }
      }
    }
    LengthShrinkage shortText = trainExcerpts.isEmpty() ? LengthShrinkage.NONE : LengthShrinkageFitter.fit(texts);
    GarbledDetector detector = new GarbledDetector(model, shortText, null, null, null);
    return detector.withCalibration(calibrate(detector, features, train));
  }

  /**
   * The shift and scale of the detector's log-odds under which the noisy-OR with the fluent detector
   * (as {@code features} scores it) has the highest likelihood on the detector's own whole training
   * articles (excerpts, where error densities say little, pulled it down: docs/benchmark.md, issue 27):
   * calibrated beside the other detector rather than alone, so that a garbled article reaches the verdict
   * thresholds that the fluent detector's false alarms on originals set. A grid: two parameters,
   * thousands of texts.
   */
  private GarbledDetector.Calibration calibrate(GarbledDetector detector, ArticleScorer features, List<Item> train) {
    List<double[]> texts = new ArrayList<>(); // {fluent probability, garbled log-odds, label}
    for (Item item : train) {
      if (isExample(item) && !item.result().sentences().isEmpty()) {
        int sentences = item.result().sentences().size();
        Map<String, Double> f = features.garbledFeatures(item.result().sentences());
        double fluent = features.fluentProbability(item.result().sentences());
        texts.add(new double[] {fluent, detector.shrunkLogOdds(f, sentences),
            item.label()});
      }
    }
    GarbledDetector.Calibration best = GarbledDetector.Calibration.IDENTITY;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int scale = 1; scale <= 40; scale++) {
      for (int shift = -100; shift <= 60; shift++) {
        GarbledDetector.Calibration c = new GarbledDetector.Calibration(shift / 10.0, scale / 4.0);
        double loss = 0;
        for (double[] t : texts) {
          double p = 1 - (1 - t[0]) * (1 - ArticleScorer.sigmoid(c.apply(t[1])));
          p = Math.min(1 - 1e-12, Math.max(1e-12, p));
          loss -= t[2] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        if (loss < bestLoss - 1e-9) {
          bestLoss = loss;
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Places the detector on the verdict scale: keeps its calibration's scale and anchors each length class
   * (1, 2, 3, 5 sentences, whole articles) at {@code thresholdLogOdds}, the machine-translated threshold
   * the fluent detector set, so that alone it reaches the threshold for at most {@code falseAlarms} of the
   * English originals of that length and at most {@code translationFalseAlarms} of the professional
   * translations that bound the thresholds (whole articles). The two detectors then share the false-alarm
   * budget, the garbled one's noisier short texts do not hold back its long ones, and the final thresholds
   * are set on both.
   */
  public GarbledDetector placeAtThreshold(GarbledDetector detector, ArticleScorer features, List<Item> texts,
      Pattern translationBoundGroups, double thresholdLogOdds, double falseAlarms, double translationFalseAlarms,
      double webFalseAlarms) {
    if (detector.model() == null) {
      return detector;
    }
    Map<Integer, Double> anchors = new java.util.TreeMap<>();
    Map<Integer, List<Double>> originals = new java.util.TreeMap<>();
    List<Double> translations = new ArrayList<>();
    List<Double> webPages = new ArrayList<>();
    for (Item item : texts) {
      if (item.result().sentences().isEmpty()) {
        continue;
      }
      var sentences = item.result().sentences();
      double z = detector.shrunkLogOdds(features.garbledFeatures(sentences), sentences.size());
      if (LengthStrata.isEnglishOriginal(item)) {
        originals.computeIfAbsent(upTo(item), k -> new ArrayList<>()).add(z);
      } else if (LengthStrata.isWebPage(item)) {
        webPages.add(z);
      } else if (translationBoundGroups != null && LengthStrata.isProfessionalTranslation(item)
          && !LengthStrata.isExcerpt(item) && translationBoundGroups.matcher(item.group()).find()) {
        translations.add(z);
      }
    }
    // Excerpts get half the share: on a few sentences the detector's error densities are noisy, and a feed's
    // one-sentence summaries of plain English must not raise alarms.
    originals.forEach((upTo, z) -> anchors.put(upTo,
        ScorerFitter.highestUnflagged(z, upTo == Integer.MAX_VALUE ? falseAlarms : falseAlarms / 2)));
    if (!translations.isEmpty()) {
      anchors.merge(Integer.MAX_VALUE, ScorerFitter.highestUnflagged(translations, translationFalseAlarms), Math::max);
    }
    // Technical pages are dense in what LanguageTool calls errors: real web pages bound the placement too.
    if (!webPages.isEmpty()) {
      anchors.merge(Integer.MAX_VALUE, ScorerFitter.highestUnflagged(webPages, webFalseAlarms), Math::max);
    }
    if (anchors.isEmpty()) {
      return detector;
    }
    List<GarbledDetector.Anchor> list = anchors.entrySet().stream()
        .map(a -> new GarbledDetector.Anchor(a.getKey(), a.getValue())).toList();
    // Strictly above the allowed human texts: they stay below the threshold.
    return detector.withPlacement(
        new GarbledDetector.Calibration(thresholdLogOdds - 1e-6, detector.calibration().scale()), list);
  }

  /** The length class of a text: K for an excerpt of its first K sentences, any length for a whole article. */
  private static int upTo(Item item) {
    String stratum = LengthStrata.of(item);
    return stratum.startsWith("first ") ? Integer.parseInt(stratum.substring(6)) : Integer.MAX_VALUE;
  }

  private static Map<String, Double> select(Map<String, Double> features, List<String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, features.getOrDefault(name, 0.0));
    }
    return out;
  }
}
