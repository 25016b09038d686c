package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexicalSignalTest {
  private final LexicalSignal signal = new LexicalSignal(Map.of("the", 60_000L, "said", 5_000L, "minister", 1_000L,
      "on", 20_000L, "monday", 2_000L, "obfuscated", 1L), 1_000_000L);

  @Test
  void frequentWordsScoreHigherAndUnknownWordsAreRare() {
    List<SentenceFindings> f = run(signal, body("The minister said on Monday. Obfuscated quibbles proliferate."));
    assertTrue(f.get(0).feature(LexicalSignal.MEAN_ZIPF) > f.get(1).feature(LexicalSignal.MEAN_ZIPF));
    assertEquals(0.0, f.get(0).feature(LexicalSignal.RARE_SHARE), 1e-9);
    assertEquals(2 / 3.0, f.get(1).feature(LexicalSignal.RARE_SHARE), 1e-9);
    // Zipf: log10 of (count + 1) per billion: "the" 60,001 per million words → 7.778.
    assertEquals(Math.log10(60_001 / 1e6 * 1e9), signal.zipf("the"), 1e-9);
  }

  @Test
  void movingTypeTokenRatioByHand() {
    // Windows of 3 over a b a c: {a,b,a} → 2/3, {b,a,c} → 3/3; mean 5/6.
    assertEquals(5 / 6.0, LexicalSignal.movingTypeTokenRatio(List.of("a", "b", "a", "c"), 3), 1e-9);
    assertEquals(0.5, LexicalSignal.movingTypeTokenRatio(List.of("a", "a", "b", "b"), 10), 1e-9);
    List<SentenceFindings> f = run(signal, body("The minister said. The minister said again."));
    assertEquals(f.get(0).feature(LexicalSignal.TYPE_TOKEN_RATIO), f.get(1).feature(LexicalSignal.TYPE_TOKEN_RATIO));
    assertEquals(4 / 7.0, f.get(0).feature(LexicalSignal.TYPE_TOKEN_RATIO), 1e-9);
  }
}
