package io.mtdetect.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationeseNgramSignalTest {
  @Test
  void theBundledModelReadsTheTranslationeseViewOfEverySentence() {
    NgramSignal signal = NgramSignal.bundledTranslationese();
    assertNotNull(signal, "models/translationese ships in the jar");
    List<SentenceFindings> findings = TestArticles.run(signal, TestArticles.body(
        "The minister said that the talks would resume on Monday. The striker said that the club would appeal."));
    assertEquals(2, findings.size());
    for (SentenceFindings f : findings) {
      double p = f.feature(NgramSignal.TRANSLATIONESE_PROBABILITY);
      assertTrue(p > 0 && p < 1, "a probability: " + p);
    }
  }

  @Test
  void sentencesOfOneShapeGetOneProbability() {
    NgramSignal signal = NgramSignal.bundledTranslationese();
    List<SentenceFindings> findings = TestArticles.run(signal, TestArticles.body(
        "The minister said that the talks would resume on Monday.\nThe minister said that the votes would resume on Friday."));
    assertEquals(findings.get(0).feature(NgramSignal.TRANSLATIONESE_PROBABILITY),
        findings.get(1).feature(NgramSignal.TRANSLATIONESE_PROBABILITY), 1e-12);
  }
}
