package io.mtdetect.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyTest {
  @Test
  void unchangedSentenceScoresPerfectly() {
    Consistency.Measures m = Consistency.of("The talks will continue in Geneva.", "The talks will continue in Geneva.");
    assertEquals(1.0, m.chrF(), 1e-12);
    assertEquals(0.0, m.wordEditRate(), 1e-12);
    assertEquals(1.0, m.contentKept(), 1e-12);
  }

  @Test
  void wordEditRateCountsEditsOverTheOriginalsLength() {
    // one substitution (at→in) and one deletion (very) in six words
    assertEquals(2.0 / 6, Consistency.wordEditRate(Consistency.words("He knows it very well at home"
        .replace(" home", "")), Consistency.words("He knows it well in")), 1e-12);
    assertEquals(1.0, Consistency.wordEditRate(List.of("a"), List.of("b", "c", "d")), 1e-12);
  }

  @Test
  void contentKeptIgnoresShortFunctionWords() {
    // content words (4+ letters): moscow, knows, universe, very, well → knows, very, well kept
    assertEquals(3.0 / 5, Consistency.contentKept("Moscow knows the universe very well.", "He knows it very well."), 1e-12);
    assertEquals(1.0, Consistency.contentKept("It is so.", "Nothing alike"), 1e-12);
  }

  @Test
  void chrFFallsWithDifference() {
    double close = Consistency.chrF("The minister said on Tuesday.", "The minister said at Tuesday.");
    double far = Consistency.chrF("The minister said on Tuesday.", "Prices rose sharply.");
    assertTrue(close > 0.7 && close < 1, "close " + close);
    assertTrue(far < 0.35, "far " + far);
  }
}
