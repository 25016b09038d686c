package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PunctuationSignalTest {
  private final PunctuationSignal signal = new PunctuationSignal();

  @Test
  void flagsDoubledFullStop() {
    assertTrue(total(run(signal, body("He wants Russia to choose diplomacy. .")), PunctuationSignal.STRAY) >= 1);
  }

  @Test
  void flagsDoubledCommaAndSpaceBeforeStop() {
    assertEquals(2, total(run(signal, body("The talks,, which lasted an hour, ended .")), PunctuationSignal.STRAY));
  }

  @Test
  void acceptsEllipsisDecimalsAndAbbreviations() {
    assertEquals(0, total(run(signal, body(
        "The best case… is that we wait... The pipeline cost $11.5 billion. U.S. officials agreed, he said.")),
        PunctuationSignal.STRAY));
  }
}
