package io.mtdetect.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {
  @Test
  void countsFourTokenShinglesAndNormalisesPerPage() {
    // truth: a b c d e -> shingles abcd, bcde; prediction: a b c d x y -> abcd, bcdx, cdxy
    ShingleMatch.Counts c = ShingleMatch.compare("a b c d e", "a, b. c d x y");
    // tp 1, fp 2, fn 1 -> normalised by 4
    assertEquals(0.25, c.tp(), 1e-12);
    assertEquals(0.5, c.fp(), 1e-12);
    assertEquals(0.25, c.fn(), 1e-12);
    assertEquals(1.0 / 3, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
  }

  @Test
  void emptyPredictionHasZeroRecallAndIsLeftOutOfPrecision() {
    ShingleMatch.Counts perfect = ShingleMatch.compare("one two three four five", "one two three four five");
    ShingleMatch.Counts empty = ShingleMatch.compare("one two three four five", "");
    ShingleMatch.Summary s = ShingleMatch.summarise(List.of(perfect, empty));
    assertEquals(1.0, s.precision(), 1e-12); // the empty page has no predicted shingles
    assertEquals(0.5, s.recall(), 1e-12);
    assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
  }

  @Test
  void shortTextsAreOneShingle() {
    assertEquals(1.0, ShingleMatch.compare("two words", "two words").tp(), 1e-12);
    assertEquals(1.0, ShingleMatch.compare("two words", "other words").fn() * 2, 1e-12);
  }
}
