package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeatureSelectionTest {
  @Test
  void droppingMoreKeepsWhatWasDroppedAndTheChannelsKindsOut() {
    FeatureSelection base = new FeatureSelection(Pattern.compile("^clf\\."), Set.of("disclosure"));
    FeatureSelection narrower = base.alsoDropping(Pattern.compile("^lm\\.|^lex\\."));
    assertFalse(narrower.keeps("mean:clf.machineProbability"), "the first selection's drop stays");
    assertFalse(narrower.keeps("mean:lm.surprisal"));
    assertFalse(narrower.keeps("share:lex.rareWordShare"));
    assertFalse(narrower.keeps("disclosure"), "channel kinds stay out");
    assertTrue(narrower.keeps("mean:lt.ruleEvidence"));
    assertTrue(base.keeps("mean:lm.surprisal"), "the first selection is unchanged");
  }

  @Test
  void droppingMoreFromNothingDropsOnlyThat() {
    FeatureSelection narrower = new FeatureSelection(null, Set.of()).alsoDropping(Pattern.compile("^lt\\.punctuation$"));
    assertFalse(narrower.keeps("mean:lt.punctuation"));
    assertTrue(narrower.keeps("mean:lt.grammar"));
  }
}
