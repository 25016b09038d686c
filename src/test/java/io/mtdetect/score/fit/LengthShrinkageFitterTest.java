package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.score.LengthShrinkage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthShrinkageFitterTest {
  @Test
  void overconfidentShortTextsAreShrunkAndLongOnesTrusted() {
    // Long texts: log-odds ±3 that are right 95% of the time (sigmoid(3) ≈ 0.95): trust them.
    // One-sentence texts: the same ±3 but right only 60% of the time: shrink them hard.
    Random random = new Random(7);
    List<LengthShrinkageFitter.Text> texts = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      int label = random.nextBoolean() ? 1 : 0;
      boolean longRight = random.nextDouble() < 0.95;
      texts.add(new LengthShrinkageFitter.Text((label == 1) == longRight ? 3 : -3, 30, label));
      boolean shortRight = random.nextDouble() < 0.6;
      texts.add(new LengthShrinkageFitter.Text((label == 1) == shortRight ? 3 : -3, 1, label));
    }
    LengthShrinkage fitted = LengthShrinkageFitter.fit(texts);
    assertEquals(0, fitted.priorLogOdds(), 0.3);
    assertTrue(Math.abs(fitted.apply(3, 1)) < 1.2, "a one-sentence text is pulled in: " + fitted.apply(3, 1));
    assertTrue(fitted.apply(3, 30) > 2, "a long one keeps its log-odds: " + fitted.apply(3, 30));
    assertTrue(LengthShrinkageFitter.logLoss(fitted, texts) < LengthShrinkageFitter.logLoss(LengthShrinkage.NONE, texts));
  }
}
