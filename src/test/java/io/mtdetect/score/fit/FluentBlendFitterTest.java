package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.FluentBlend;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ScorerFitter.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FluentBlendFitterTest {
  private static final String FEATURE = "translationese.machineProbability";
  private static final String MEAN = ArticleScorer.MEAN_PREFIX + FEATURE;
  /** An article model reading one feature, "x", with weight 1. */
  private final LogisticModel articleModel = new LogisticModel(0, Map.of("x", 1.0), null, null);

  @Test
  void theBlendListensToBothOpinions() {
    Random random = new Random(11);
    List<Example> articles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int label = i % 2;
      // Each opinion alone separates the classes a little; together, better.
      double model = random.nextGaussian() + label;
      double other = ArticleScorer.sigmoid(random.nextGaussian() + label);
      articles.add(new Example(Map.of("x", model, MEAN, other), label));
    }
    FluentBlend blend = FluentBlendFitter.fit(FEATURE, FluentBlendFitter.EQUAL_WEIGHT, articleModel, articles);
    assertTrue(blend.slope() > 0, blend.toString());
    double low = blend.apply(0.0, Map.of(MEAN, 0.2));
    double high = blend.apply(0.0, Map.of(MEAN, 0.8));
    assertTrue(high > low, "a higher translationese mean raises the log-odds: " + low + " vs " + high);
    assertTrue(blend.apply(2.0, Map.of(MEAN, 0.5)) > blend.apply(-2.0, Map.of(MEAN, 0.5)));
    // Without the feature the article model's log-odds stand.
    assertEquals(1.25, blend.apply(1.25, Map.of()), 0);
  }

  @Test
  void tooFewArticlesOrOneClassGiveNoBlend() {
    List<Example> few = new ArrayList<>();
    List<Example> oneClass = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      if (i < 50) {
        few.add(new Example(Map.of("x", (double) i, MEAN, 0.5), i % 2));
      }
      oneClass.add(new Example(Map.of("x", (double) i, MEAN, 0.5), 1));
    }
    assertNull(FluentBlendFitter.fit(FEATURE, 0.5, articleModel, few));
    assertNull(FluentBlendFitter.fit(FEATURE, 0.5, articleModel, oneClass));
  }
}
