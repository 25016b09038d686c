package io.mtdetect.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.eval.Metrics.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static Scored s(double score, int label) {
    return new Scored(score, label);
  }

  @Test
  void aucMatchesHandComputedCases() {
    assertEquals(1.0, Metrics.rocAuc(List.of(s(0.9, 1), s(0.8, 1), s(0.2, 0), s(0.1, 0))), 1e-12);
    assertEquals(0.0, Metrics.rocAuc(List.of(s(0.1, 1), s(0.9, 0))), 1e-12);
    // positives 0.8, 0.4; negatives 0.6, 0.2: pairs won 3 of 4
    assertEquals(0.75, Metrics.rocAuc(List.of(s(0.8, 1), s(0.4, 1), s(0.6, 0), s(0.2, 0))), 1e-12);
    // a tie between a positive and a negative counts half: (1 + 0.5) / 2
    assertEquals(0.75, Metrics.rocAuc(List.of(s(0.9, 1), s(0.5, 1), s(0.5, 0))), 1e-12);
    assertTrue(Double.isNaN(Metrics.rocAuc(List.of(s(0.5, 1)))));
  }

  @Test
  void confusionAtThreshold() {
    Metrics.Confusion c = Metrics.confusion(List.of(s(0.9, 1), s(0.6, 0), s(0.4, 1), s(0.1, 0), s(0.5, 1)), 0.5);
    assertEquals(2, c.truePositives());
    assertEquals(1, c.falsePositives());
    assertEquals(1, c.falseNegatives());
    assertEquals(1, c.trueNegatives());
    assertEquals(2.0 / 3, c.precision(), 1e-12);
    assertEquals(2.0 / 3, c.recall(), 1e-12);
    assertEquals(2.0 / 3, c.f1(), 1e-12);
    assertEquals(0.5, c.falsePositiveRate(), 1e-12);
  }

  @Test
  void calibrationBinsAndError() {
    List<Metrics.Bin> bins = Metrics.calibration(List.of(s(0.05, 0), s(0.15, 0), s(0.95, 1), s(0.85, 1), s(0.9, 0)), 2);
    assertEquals(2, bins.get(0).count());
    assertEquals(0.1, bins.get(0).meanPredicted(), 1e-12);
    assertEquals(0.0, bins.get(0).observed(), 1e-12);
    assertEquals(3, bins.get(1).count());
    assertEquals(0.9, bins.get(1).meanPredicted(), 1e-12);
    assertEquals(2.0 / 3, bins.get(1).observed(), 1e-12);
    // (2/5)·|0.1 − 0| + (3/5)·|0.9 − 2/3| = 0.04 + 0.14
    assertEquals(0.18, Metrics.expectedCalibrationError(bins), 1e-12);
  }

  @Test
  void rocCurveRunsFromOriginToOne() {
    List<double[]> curve = Metrics.rocCurve(List.of(s(0.9, 1), s(0.6, 0), s(0.4, 1), s(0.1, 0)));
    assertEquals(0.0, curve.get(0)[0]);
    assertEquals(1.0, curve.get(curve.size() - 1)[0]);
    assertEquals(1.0, curve.get(curve.size() - 1)[1]);
    assertEquals(0.5, curve.get(1)[1], 1e-12);
  }
}
