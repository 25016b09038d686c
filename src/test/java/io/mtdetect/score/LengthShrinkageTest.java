package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LengthShrinkageTest {
  private final LengthShrinkage bySentences = new LengthShrinkage(0.3, 0.75, 2);
  private final LengthShrinkage byWords = bySentences.withWordsPerSentence(20);

  @Test
  void aFragmentIsLessEvidenceThanASentenceOfNews() {
    double fragment = byWords.apply(5.0, 1, 3);
    double sentence = byWords.apply(5.0, 1, 25);
    assertEquals(bySentences.apply(5.0, 1), sentence, 1e-12);
    assertTrue(fragment < sentence - 1, "fragment " + fragment + ", sentence " + sentence);
    assertTrue(fragment > 0.3, "shrunk toward the prior, not past it: " + fragment);
  }

  @Test
  void longSentencesNeverCountForMoreThanTheirNumber() {
    assertEquals(2.0, byWords.length(2, 400), 1e-12);
    assertEquals(0.5, byWords.length(2, 10), 1e-12);
    assertEquals(2.0, bySentences.length(2, 10), 1e-12);
  }
}
