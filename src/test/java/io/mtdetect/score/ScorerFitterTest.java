package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.eval.Metrics;
import io.mtdetect.score.fit.MonotoneLogisticFitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorerFitterTest {
  /** Label 1 raises "signal" by 2 on average; "noise" is unrelated; "constant" never varies. */
  private static List<ScorerFitter.Example> fixture(long seed, int n) {
    Random random = new Random(seed);
    List<ScorerFitter.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int label = i % 2;
      out.add(new ScorerFitter.Example(Map.of(
          "signal", random.nextGaussian() + 2 * label,
          "noise", random.nextGaussian(),
          "constant", 1.0), label));
    }
    return out;
  }

  @Test
  void fittedModelBeatsAConstantBaselineOnHeldOutData() {
    List<ScorerFitter.Example> train = fixture(1, 400);
    List<ScorerFitter.Example> test = fixture(2, 400);
    LogisticModel model = new MonotoneLogisticFitter(1e-4).fit(train, List.of("signal", "noise", "constant"), name -> false);

    List<Metrics.Scored> fitted = new ArrayList<>();
    double logLoss = 0;
    double baselineLogLoss = 0;
    for (ScorerFitter.Example e : test) {
      double p = model.probability(e.features());
      fitted.add(new Metrics.Scored(p, e.label()));
      logLoss -= Math.log(e.label() == 1 ? p : 1 - p);
      baselineLogLoss -= Math.log(0.5); // the constant baseline: the training base rate, 0.5
    }
    assertTrue(Metrics.rocAuc(fitted) > 0.85, "AUC " + Metrics.rocAuc(fitted));
    assertTrue(logLoss < 0.8 * baselineLogLoss, "log loss " + logLoss + " vs baseline " + baselineLogLoss);
    assertTrue(Math.abs(model.weights().get("signal")) > 5 * Math.abs(model.weights().get("noise")), model.weights().toString());
    assertTrue(model.weights().get("signal") > 0);
    assertEquals(1.0, model.scales().get("constant"));
  }

  @Test
  void fittingIsReproducible() {
    List<ScorerFitter.Example> train = fixture(3, 200);
    LogisticModel a = new MonotoneLogisticFitter(1e-4).fit(train, List.of("signal", "noise"), name -> false);
    LogisticModel b = new MonotoneLogisticFitter(1e-4).fit(train, List.of("signal", "noise"), name -> false);
    assertEquals(a, b);
  }

  @Test
  void unsupportedFeaturesKeepTheirPriorWeight() {
    List<ScorerFitter.Example> train = fixture(4, 200);
    LogisticModel fitted = new MonotoneLogisticFitter(1e-4).fit(train, List.of("signal", "constant"), name -> false);
    LogisticModel prior = new LogisticModel(-3, Map.of("signal", 9.0, "constant", 5.0, "never", 7.0), null, null);
    LogisticModel combined = ScorerFitter.withPriors(fitted, prior, train, 20);
    assertEquals(fitted.weights().get("signal"), combined.weights().get("signal"));
    // "constant" fires in every example, so its (zero-information) fitted weight stands; "never" never fires.
    assertEquals(fitted.weights().get("constant"), combined.weights().get("constant"));
    assertEquals(7.0, combined.weights().get("never"));
  }

  @Test
  void constrainedWeightsNeverGoNegativeAndTheRestStillFit() {
    // "inverse" falls with the label: unconstrained its weight is negative; constrained it is held at 0.
    Random random = new Random(5);
    List<ScorerFitter.Example> train = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int label = i % 2;
      train.add(new ScorerFitter.Example(Map.of("signal", random.nextGaussian() + 2 * label,
          "inverse", random.nextGaussian() - 1.5 * label), label));
    }
    MonotoneLogisticFitter fitter = new MonotoneLogisticFitter(1e-4);
    LogisticModel free = fitter.fit(train, List.of("signal", "inverse"), name -> false);
    LogisticModel constrained = fitter.fit(train, List.of("signal", "inverse"), name -> name.equals("inverse"));
    assertTrue(free.weights().get("inverse") < -0.5, free.weights().toString());
    assertEquals(0.0, constrained.weights().get("inverse"), 1e-12);
    assertTrue(constrained.weights().get("signal") > 0.5, constrained.weights().toString());
  }

  @Test
  void unconstrainedFitMatchesTheMaximumLikelihoodOptimum() {
    // At the optimum of the (barely penalised) log-loss the gradient vanishes: the mean residual is 0
    // and uncorrelated with each feature.
    List<ScorerFitter.Example> train = fixture(6, 300);
    LogisticModel model = new MonotoneLogisticFitter(0).fit(train, List.of("signal", "noise"), name -> false);
    double residual = 0;
    double residualSignal = 0;
    for (ScorerFitter.Example e : train) {
      double r = model.probability(e.features()) - e.label();
      residual += r;
      residualSignal += r * e.features().get("signal");
    }
    assertEquals(0, residual / train.size(), 1e-6);
    assertEquals(0, residualSignal / train.size(), 1e-6);
  }

  @Test
  void thresholdCapsTheFalsePositiveRate() {
    List<Double> human = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      human.add(i / 100.0); // 0.01 … 1.00
    }
    double t = ScorerFitter.thresholdForFalsePositiveRate(human, 0.05, 0.5);
    long flagged = human.stream().filter(p -> p >= t).count();
    assertEquals(5, flagged);
    assertEquals(0.5, ScorerFitter.thresholdForFalsePositiveRate(List.of(0.1, 0.2), 0.05, 0.5));
  }
}
