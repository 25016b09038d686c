package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.eval.Metrics;
import io.mtdetect.score.BoostedTrees;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ProbabilityModel;
import io.mtdetect.score.ScorerFitter;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesFitterTest {
  /**
   * Two regimes, as machine translation has them: label 1 is either unusually high "surprisal" with
   * many "errors" (rule-based output) or unusually low "surprisal" (fluent neural output). No single
   * linear weight on surprisal separates that; trees can.
   */
  private static List<ScorerFitter.Example> twoRegimes(long seed, int n) {
    Random random = new Random(seed);
    List<ScorerFitter.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int kind = i % 4; // 0, 1: human; 2: rule-based MT; 3: neural MT
      double surprisal = random.nextGaussian() + (kind == 2 ? 2.5 : kind == 3 ? -2.5 : 0);
      double errors = random.nextGaussian() + (kind == 2 ? 1 : 0);
      out.add(new ScorerFitter.Example(Map.of("surprisal", surprisal, "errors", errors), kind >= 2 ? 1 : 0));
    }
    return out;
  }

  private static double auc(ProbabilityModel model, List<ScorerFitter.Example> test) {
    List<Metrics.Scored> scored = new ArrayList<>();
    for (ScorerFitter.Example e : test) {
      scored.add(new Metrics.Scored(model.probability(e.features()), e.label()));
    }
    return Metrics.rocAuc(scored);
  }

  @Test
  void treesRepresentBothRegimesWhereALinearModelCannot() {
    List<ScorerFitter.Example> train = twoRegimes(1, 800);
    List<ScorerFitter.Example> test = twoRegimes(2, 800);
    List<String> names = List.of("surprisal", "errors");
    BoostedTrees trees = new BoostedTreesFitter(60, 3, 0.1, 5f, 7).fit(train, names);
    LogisticModel linear = new MonotoneLogisticFitter(1e-4).fit(train, names, name -> false);
    double treeAuc = auc(trees, test);
    double linearAuc = auc(linear, test);
    assertTrue(treeAuc > 0.9, "trees: " + treeAuc);
    assertTrue(treeAuc > linearAuc + 0.1, "trees " + treeAuc + " vs linear " + linearAuc);
  }

  @Test
  void theModelRoundTripsThroughItsFileWithTheSameProbabilities() throws Exception {
    List<ScorerFitter.Example> train = twoRegimes(3, 400);
    BoostedTrees trees = new BoostedTreesFitter(20, 2, 0.1, 5f, 7).fit(train, List.of("surprisal", "errors"))
        .withCalibration(new BoostedTrees.Platt(0.8, -0.1));
    ScorerModel model = new ScorerModel(new LogisticModel(0, Map.of(), null, null),
        new ScorerModel.ArticleModel(3, 0.5, trees), new ScorerModel.Thresholds(0.9, 0.5));
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(model);
    assertTrue(text.contains("\"type\":\"boosted-trees\""), text.substring(0, 200));
    ScorerModel back = json.readValue(text, ScorerModel.class);
    for (ScorerFitter.Example e : twoRegimes(4, 50)) {
      assertEquals(trees.probability(e.features()), back.article().model().probability(e.features()), 1e-12);
    }
    // A missing feature takes its training mean, so a partial run still gets a probability.
    assertTrue(Double.isFinite(back.article().model().probability(Map.of("errors", 1.0))));
  }

  @Test
  void olderScorerFilesWithoutATypeReadAsLogistic() throws Exception {
    String old = "{\"topK\":3,\"sentenceFlagThreshold\":0.5,\"model\":{\"bias\":0.5,\"weights\":{\"x\":1.0}}}";
    ScorerModel.ArticleModel article = new ObjectMapper().readValue(old, ScorerModel.ArticleModel.class);
    assertTrue(article.model() instanceof LogisticModel);
    assertEquals(1 / (1 + Math.exp(-1.5)), article.model().probability(Map.of("x", 1.0)), 1e-12);
  }

  @Test
  void plattScalingIsMonotoneAndCalibrates() {
    // Scores whose true log-odds are half of what they claim: Platt should find a ≈ 0.5.
    Random random = new Random(5);
    List<PlattScaling.Scored> heldOut = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      double score = random.nextGaussian() * 3;
      double p = 1 / (1 + Math.exp(-0.5 * score));
      heldOut.add(new PlattScaling.Scored(score, random.nextDouble() < p ? 1 : 0));
    }
    BoostedTrees.Platt platt = PlattScaling.fit(heldOut);
    assertEquals(0.5, platt.a(), 0.08);
    assertEquals(0.0, platt.b(), 0.15);
    double previous = -1;
    for (double s = -6; s <= 6; s += 0.5) {
      double p = platt.probability(s);
      assertTrue(p > previous, "monotone at " + s);
      previous = p;
    }
  }
}
