package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TautologySignalTest {
  private final TautologySignal signal = new TautologySignal();

  @Test
  void flagsWordCoordinatedWithItself() {
    assertEquals(1, total(run(signal, body("Moscow views their ambitions as threats and threats to its security.")),
        TautologySignal.TAUTOLOGY));
  }

  @Test
  void flagsNounEquationLeftByABackTranslatedVerb() {
    assertEquals(1, total(run(signal, body("Russia arrested three officers, charges Kyiv Rejection is denial.")),
        TautologySignal.TAUTOLOGY));
  }

  @Test
  void acceptsIdiomaticRepetitionAndOrdinaryCopulas() {
    assertEquals(0, total(run(signal, body(
        "More and more people came, again and again, bigger and bigger. The situation is critical. "
            + "Inflation is a concern. “If any, any units move, that is an invasion,” he said.")),
        TautologySignal.TAUTOLOGY));
  }
}
