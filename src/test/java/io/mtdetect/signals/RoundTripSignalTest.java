package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mtdetect.core.SentenceFindings;
import io.mtdetect.roundtrip.RoundTripPool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs Apertium where it is installed (.ci/run installs it); skipped elsewhere. */
class RoundTripSignalTest {
  @Test
  void everySentenceGetsTheThreeMeasuresAndARoundTripOfAnApertiumTranslationChangesLittle() {
    assumeTrue(RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS), "Apertium with eng-spa and eng-cat not installed");
    // The second sentence is the first after one Apertium round trip through Spanish: a translation's
    // translation comes back closer to itself than the journalist's sentence does.
    String human = "Officials said the lender had quietly shelved the plan after a backlash from investors.";
    try (RoundTripSignal signal = new RoundTripSignal(new RoundTripPool(List.of("spa"), 1))) {
      List<SentenceFindings> first = run(signal, body(human));
      String once = roundTrip(human);
      List<SentenceFindings> findings = run(signal, body(human + " " + once));
      assertEquals(2, findings.size());
      for (SentenceFindings f : findings) {
        double chrF = f.feature(RoundTripSignal.CHRF);
        assertTrue(chrF > 0 && chrF <= 1, "chrF " + chrF);
        assertTrue(f.feature(RoundTripSignal.CONTENT_KEPT) <= 1);
      }
      assertEquals(first.get(0).feature(RoundTripSignal.CHRF), findings.get(0).feature(RoundTripSignal.CHRF), 1e-9,
          "the same sentence scores the same in another batch");
      assertTrue(findings.get(1).feature(RoundTripSignal.WORD_EDIT_RATE) < findings.get(0).feature(RoundTripSignal.WORD_EDIT_RATE),
          "a round trip's own round trip changes fewer words: " + once);
      assertTrue(signal.failures().startsWith("0 batches"), signal.failures());
    }
  }

  private static String roundTrip(String sentence) {
    try (RoundTripPool pool = new RoundTripPool(List.of("spa"), 1)) {
      return pool.roundTrips(List.of(sentence)).get("spa").get(0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
