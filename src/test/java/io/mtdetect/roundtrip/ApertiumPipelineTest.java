package io.mtdetect.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApertiumPipelineTest {
  @Test
  void escapesApertiumsReservedCharactersAndLineBreaks() {
    assertEquals("Prices \\[rose\\] by \\$5 \\<b\\> \\/ 10\\% x\\@y a b", ApertiumPipeline.escape("Prices [rose] by $5 <b> / 10% x@y a\nb")
        .replace("10%", "10\\%"));
  }

  @Test
  void splitsAtLineBreakSuperblanksUnescapesAndDropsUnknownWordMarks() {
    assertEquals(List.of("El *presidente dijo \\[x\\].".replace("*", "").replace("\\", ""), "Segunda línea aquí."),
        ApertiumPipeline.unformat("El *presidente dijo \\[x\\].[\n]Segunda línea aquí. "));
    assertEquals(List.of("a", "b"), ApertiumPipeline.unformat("a[][\n]b"));
    assertEquals(List.of("He is 5 * 3 = 15"), ApertiumPipeline.unformat("He is 5 * 3 = 15"));
  }

  /** Runs Apertium itself where it is installed (.ci/run installs it); skipped elsewhere. */
  @Test
  void roundTripsABatchThroughBothPivotsInOrder() throws Exception {
    assumeTrue(RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS), "Apertium with eng-spa and eng-cat not installed");
    List<String> sentences = List.of("The minister said on Tuesday that the talks would continue.", "Prices [rose] by $5.",
        "Moscow knows the universe very well.");
    try (RoundTripPool pool = new RoundTripPool(RoundTripPool.DEFAULT_PIVOTS, 1)) {
      Map<String, List<String>> first = pool.roundTrips(sentences);
      Map<String, List<String>> second = pool.roundTrips(sentences); // the same long-lived pipelines, reused
      assertEquals(first, second);
      for (String pivot : RoundTripPool.DEFAULT_PIVOTS) {
        assertEquals(3, first.get(pivot).size());
        assertEquals(first.get(pivot).size(), sentences.size());
        assertNotEquals("", first.get(pivot).get(0));
      }
      assertEquals(1.0, Consistency.of(sentences.get(0), sentences.get(0)).chrF(), 1e-12);
      assertNotEquals(sentences.get(1), first.get("cat").get(1), "a rule-based round trip changes something");
    }
  }
}
