package io.mtdetect.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits the scorer's two logistic models with Tribuo: the sentence model on labelled sentences'
 * features, then the article model on the aggregates that the fitted sentence model produces.
 * Features are standardised (means and scales are saved with the weights), so the weights compare.
 */
public final class ScorerFitter {
  private static final LabelFactory LABELS = new LabelFactory();
  private static final Label MACHINE = new Label("1");

  private final int epochs;
  private final long seed;

  public ScorerFitter(int epochs, long seed) {
    this.epochs = epochs;
    this.seed = seed;
  }

  /** One labelled training example: named features and a label (1 = machine-translated). */
  public record Example(Map<String, Double> features, int label) {}

  /** Fits {@code p(label = 1 | features)} over the named features. */
  public LogisticModel fit(List<Example> examples, List<String> featureNames) {
    int n = featureNames.size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        mean[j] += e.features().getOrDefault(featureNames.get(j), 0.0);
      }
    }
    for (int j = 0; j < n; j++) {
      mean[j] /= Math.max(1, examples.size());
    }
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        double d = e.features().getOrDefault(featureNames.get(j), 0.0) - mean[j];
        scale[j] += d * d;
      }
    }
    for (int j = 0; j < n; j++) {
      double sd = Math.sqrt(scale[j] / Math.max(1, examples.size() - 1));
      scale[j] = sd > 1e-9 ? sd : 1.0; // a constant feature carries no signal; keep it harmless
    }
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("mtdetect", LABELS), LABELS);
    String[] names = featureNames.toArray(new String[0]);
    for (Example e : examples) {
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[j] = (e.features().getOrDefault(names[j], 0.0) - mean[j]) / scale[j];
      }
      data.add(new ArrayExample<>(new Label(Integer.toString(e.label())), names, x));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochs, seed);
    LinearSGDModel model = (LinearSGDModel) trainer.train(data);
    DenseMatrix w = model.getWeightsCopy();
    int positive = model.getOutputIDInfo().getID(MACHINE);
    int negative = 1 - positive;
    int biasColumn = w.getDimension2Size() - 1;
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, Double> means = new LinkedHashMap<>();
    Map<String, Double> scales = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      int id = model.getFeatureIDMap().getID(names[j]);
      // A two-class softmax: the log-odds of class 1 is the difference of the two rows.
      weights.put(names[j], id < 0 ? 0.0 : w.get(positive, id) - w.get(negative, id));
      means.put(names[j], mean[j]);
      scales.put(names[j], scale[j]);
    }
    double bias = w.get(positive, biasColumn) - w.get(negative, biasColumn);
    return new LogisticModel(bias, weights, means, scales);
  }

  /**
   * Features that (almost) never fire in the training data get no meaningful fitted weight: a
   * round-trip corpus made with one engine shows none of the disclosure footers or respellings that
   * real reposts carry. Those features keep the prior (hand-set, documented) weight instead of the
   * zero the fit would give them; features with support keep their fitted weight.
   *
   * @param minSupport how many examples must have a non-zero value for the fit to be trusted
   */
  public static LogisticModel withPriors(LogisticModel fitted, LogisticModel prior, List<Example> examples, int minSupport) {
    Map<String, Double> weights = new LinkedHashMap<>(fitted.weights());
    for (Map.Entry<String, Double> w : prior.weights().entrySet()) {
      String name = w.getKey();
      long support = examples.stream().filter(e -> e.features().getOrDefault(name, 0.0) != 0.0).count();
      if (support < minSupport) {
        // The fitted model standardises x as (x − mean) / scale, so a raw-scale weight w becomes w · scale.
        weights.put(name, w.getValue() * fitted.scales().getOrDefault(name, 1.0));
      }
    }
    return new LogisticModel(fitted.bias(), weights, fitted.means(), fitted.scales());
  }

  /**
   * The lowest threshold at or above {@code floor} that flags at most {@code maxFalsePositiveRate}
   * of the given human-written articles' probabilities.
   */
  public static double thresholdForFalsePositiveRate(List<Double> humanProbabilities, double maxFalsePositiveRate,
      double floor) {
    if (humanProbabilities.isEmpty()) {
      return floor;
    }
    double[] sorted = humanProbabilities.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int allowed = (int) Math.floor(maxFalsePositiveRate * sorted.length);
    // Flag only probabilities strictly above the (allowed+1)-th highest human score.
    double cut = sorted[sorted.length - 1 - allowed];
    return Math.max(floor, Math.nextUp(cut));
  }

  /** Feature names present in any example, in first-seen order. */
  public static List<String> featureNames(List<Example> examples) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (Example e : examples) {
      e.features().keySet().forEach(k -> names.put(k, true));
    }
    return new ArrayList<>(names.keySet());
  }
}
