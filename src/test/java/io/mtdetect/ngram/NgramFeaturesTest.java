package io.mtdetect.ngram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NgramFeaturesTest {
  private final NgramFeatures features = new NgramFeatures(NgramFeatures.Config.standard());

  @Test
  void unitLengthSortedIndicesAndStableAcrossCalls() {
    NgramFeatures.Vector v = features.extract("Moscow knows the universe very well.");
    double norm = 0;
    for (int k = 0; k < v.size(); k++) {
      norm += v.values()[k] * v.values()[k];
      if (k > 0) {
        assertTrue(v.indices()[k] > v.indices()[k - 1], "indices strictly ascending");
      }
      assertTrue(v.indices()[k] >= 0 && v.indices()[k] < NgramFeatures.Config.standard().dimensions());
    }
    assertEquals(1.0, norm, 1e-9);
    NgramFeatures.Vector again = features.extract("Moscow knows the universe very well.");
    assertArrayEquals(v.indices(), again.indices());
    assertArrayEquals(v.values(), again.values());
  }

  @Test
  void whiteSpaceRunsDoNotChangeTheFeaturesButCaseDoes() {
    NgramFeatures.Vector a = features.extract("Mr. Putin spoke.");
    NgramFeatures.Vector b = features.extract("  Mr.   Putin\tspoke.  ");
    assertArrayEquals(a.indices(), b.indices());
    assertNotEquals(java.util.Arrays.toString(a.indices()), java.util.Arrays.toString(features.extract("MR. PUTIN SPOKE.").indices()));
  }

  @Test
  void charactersOnlyHasFewerFeaturesThanCharactersAndWords() {
    NgramFeatures charsOnly = new NgramFeatures(new NgramFeatures.Config(1 << 19, 1, 4, 0));
    String s = "The talks would continue next week in Geneva.";
    assertTrue(charsOnly.extract(s).size() < features.extract(s).size());
  }

  @Test
  void emptySentenceHasOnlyItsBoundaries() {
    NgramFeatures.Vector v = features.extract("");
    // characters " " and "  " (the padding), words "<s>", "</s>", "<s> </s>"
    assertEquals(5, v.size());
  }

  @Test
  void rejectsShapesWithNothingToExtract() {
    assertThrows(IllegalArgumentException.class, () -> new NgramFeatures.Config(1000, 1, 4, 2));
    assertThrows(IllegalArgumentException.class, () -> new NgramFeatures.Config(1 << 10, 3, 2, 0));
  }
}
