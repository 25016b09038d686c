package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ArtefactRates;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdFitterTest {
  private static final ScorerModel SCORER = ScorerModel.bundled();

  /** A 20-sentence article whose sentences carry {@code spelling} LanguageTool matches per 10 words. */
  private static Item article(String id, String group, double spelling) {
    List<ScoredSentence> sentences = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sentences.add(new ScoredSentence(i, i, i * 50, i * 50 + 40, "x".repeat(40), 0,
          Map.of("lt.spelling", spelling, "lm.surprisal", 6.0 + spelling), List.of()));
    }
    return new Item(new ArticleResult(id, id, null, null, null, null, null, sentences, List.of()), 0, group,
        new int[20]);
  }

  @Test
  void webPagesBoundTheThresholdsToOnePercent() {
    List<Item> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(article("news" + i, "original", 0.02 * (i % 10)));
    }
    ScorerModel.Thresholds newsOnly = new ThresholdFitter(null).fit(SCORER, texts).thresholds();
    List<Item> web = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      web.add(article("page" + i + ".html", "web/documentation", 0.1 * (i % 30)));
    }
    texts.addAll(web);
    ThresholdFitter.Fitted withWeb =
        new ThresholdFitter(null, 0, 0, new ThresholdFitter.WebBounds(0.01, 0.04)).fit(SCORER, texts);
    assertEquals(300, withWeb.webPages());
    assertTrue(withWeb.thresholds().machineTranslated() >= newsOnly.machineTranslated());
    ArticleScorer scorer = new ArticleScorer(SCORER);
    long flagged = web.stream().filter(i -> scorer.rescore(i.result()).mtProbability()
        >= withWeb.thresholds().machineTranslated()).count();
    long notClean = web.stream().filter(i -> scorer.rescore(i.result()).mtProbability()
        >= withWeb.thresholds().suspect()).count();
    assertTrue(flagged <= 3, flagged + " of 300 web pages flagged");
    assertTrue(notClean <= 12, notClean + " of 300 web pages not clean");
  }

  @Test
  void aDisclosureWeighsWhatTheOriginalsRateEarns() {
    ArtefactRates none = new ArtefactRates(null, List.of(new ArtefactRates.Set("news", ArtefactRates.ORIGINAL, 10_000,
        200_000, Map.of(), Map.of(), null)));
    ArtefactRates some = new ArtefactRates(null, List.of(new ArtefactRates.Set("news", ArtefactRates.ORIGINAL, 10_000,
        200_000, Map.of("disclosure", 20L), Map.of("disclosure", 20L), null)));
    assertEquals(Math.log(0.05 / (0.5 / 10_000)), DisclosureWeight.fromRates(none), 1e-9);
    assertTrue(DisclosureWeight.fromRates(some) < DisclosureWeight.fromRates(none),
        "the more originals disclose, the less a disclosure weighs");
  }
}
