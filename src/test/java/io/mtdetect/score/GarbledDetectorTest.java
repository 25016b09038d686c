package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GarbledDetectorTest {
  /** log-odds = error density − 2: one unit of density is one unit of log-odds. */
  private static final LogisticModel MODEL =
      new LogisticModel(-2, Map.of("mean:lt.grammar", 1.0), Map.of("mean:lt.grammar", 0.0), Map.of("mean:lt.grammar", 1.0));
  private static final GarbledDetector PLACED = new GarbledDetector(MODEL, LengthShrinkage.NONE,
      new GarbledDetector.Calibration(3, 2), List.of(new GarbledDetector.Anchor(Integer.MAX_VALUE, 1)), null);

  private static double p(GarbledDetector detector, double density) {
    return detector.probability(Map.of("mean:lt.grammar", density), 20);
  }

  @Test
  void aGateSilencesTheDetectorBelowItsAnchorAndChangesNothingAbove() {
    GarbledDetector gated = PLACED.withGate(1.0);
    // anchor at log-odds 1 = density 3; the gate 1 below it = density 2
    assertEquals(0, p(gated, 1.9));
    assertTrue(p(PLACED, 1.9) > 0.2, "ungated, a text just below the gate still adds " + p(PLACED, 1.9));
    for (double density : new double[] {2.0, 2.5, 3.0, 6.0}) {
      assertEquals(p(PLACED, density), p(gated, density), 1e-12);
    }
  }

  @Test
  void moreErrorsNeverLowerAGatedDetector() {
    GarbledDetector gated = PLACED.withGate(0.5);
    double previous = 0;
    for (double density = 0; density <= 8; density += 0.05) {
      double now = p(gated, density);
      assertTrue(now >= previous, "density " + density + ": " + now + " < " + previous);
      previous = now;
    }
  }

  @Test
  void aGateIsADistanceBelowTheAnchor() {
    assertThrows(IllegalArgumentException.class, () -> PLACED.withGate(-1.0));
    assertThrows(IllegalArgumentException.class, () -> PLACED.withGate(Double.NaN));
  }

  @Test
  void scorersWithoutAGateReadAndWriteAsBefore() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String written = json.writeValueAsString(PLACED);
    assertFalse(written.contains("gate"), written);
    assertNull(json.readValue(written, GarbledDetector.class).gate());
    GarbledDetector gated = json.readValue(json.writeValueAsString(PLACED.withGate(1.5)), GarbledDetector.class);
    assertEquals(1.5, gated.gate());
    // Since 2026-12-07 the built-in scorer's garbled detector is gated at its anchor (models/SCORER.md).
    assertEquals(0.0, ScorerModel.bundled().garbled().gate());
  }

  @Test
  void theRoundTripScorersGarbledDetectorReadsRoundTripConsistencyAndTheDefaultOneCannot() {
    // --roundtrip results carry how little Apertium changes a text on a round trip; rule-based output barely moves
    java.util.Map<String, Double> roundTrip = ScorerModel.bundledWithRoundTrip().garbled().model().weights();
    assertTrue(roundTrip.getOrDefault("mean:roundtrip.chrF", 0.0) > 0, roundTrip.toString());
    assertEquals(0.0, ScorerModel.bundledWithRoundTrip().garbled().gate());
    assertFalse(ScorerModel.bundled().garbled().model().weights().keySet().stream().anyMatch(k -> k.contains("roundtrip")));
  }
}
