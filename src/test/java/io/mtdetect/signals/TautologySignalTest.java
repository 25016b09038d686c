package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TautologySignalTest {
  private final TautologySignal signal = new TautologySignal();

  @Test
  void flagsWordCoordinatedWithItself() {
    assertEquals(1, total(run(signal, body("Moscow views their ambitions as a threat. threats and threats.")),
        TautologySignal.TAUTOLOGY));
  }

  @Test
  void compoundsEmphasisAndPossessivesAreNotTautologies() {
    for (String text : List.of("There are wolves, sheep and sheep dogs.", "This may or may not help.",
        "He has waited for years and years.", "They asked Joe Biden and Biden's son.",
        "Low-income people and people of color were hit hardest.")) {
      assertEquals(0, total(run(signal, body(text)), TautologySignal.TAUTOLOGY), text);
    }
  }

  @Test
  void flagsNounEquationLeftByABackTranslatedVerb() {
    assertEquals(1, total(run(signal, body("Russia arrested three officers, charges Kyiv Rejection is denial.")),
        TautologySignal.TAUTOLOGY));
  }

  @Test
  void acceptsIdiomaticRepetitionAndOrdinaryCopulas() {
    assertEquals(0, total(run(signal, body(
        "More and more people came, again and again, bigger and bigger. Our little team grew and grew. "
            + "They talked and talked. We kept waiting and waiting. The situation is critical. "
            + "Inflation is a concern. “If any, any units move, that is an invasion,” he said.")),
        TautologySignal.TAUTOLOGY));
  }
}
