package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.core.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {
  private static ScorerModel model(double sentenceBias, double flagWeight) {
    return new ScorerModel(
        new LogisticModel(sentenceBias, Map.of("x", 4.0), null, null),
        new ScorerModel.ArticleModel(2, 0.5,
            new LogisticModel(-3, Map.of(ArticleScorer.FLAGGED_SHARE, flagWeight), null, null)),
        new ScorerModel.Thresholds(0.5, 0.25));
  }

  @Test
  void logisticModelAppliesStandardisation() {
    LogisticModel m = new LogisticModel(1.0, Map.of("a", 2.0), Map.of("a", 3.0), Map.of("a", 2.0));
    // z = 1 + 2 * (5 - 3) / 2 = 3
    assertEquals(1 / (1 + Math.exp(-3)), m.probability(Map.of("a", 5.0, "ignored", 100.0)), 1e-12);
    // a missing feature counts as its mean: z = 1
    assertEquals(1 / (1 + Math.exp(-1)), m.probability(Map.of()), 1e-12);
  }

  @Test
  void aggregatesFlaggedShareTopMeanAndMean() {
    ArticleScorer scorer = new ArticleScorer(model(-2, 6));
    List<ScoredSentence> s = List.of(sentence(0.9), sentence(0.1), sentence(0.6), sentence(0.2));
    Map<String, Double> f = scorer.articleFeatures(s);
    assertEquals(0.5, f.get(ArticleScorer.FLAGGED_SHARE), 1e-12);
    assertEquals(0.75, f.get(ArticleScorer.TOP_MEAN), 1e-12);
    assertEquals(0.45, f.get(ArticleScorer.MEAN_PROBABILITY), 1e-12);
  }

  @Test
  void verdictFollowsThresholds() {
    ArticleScorer scorer = new ArticleScorer(model(-2, 6));
    assertEquals(Verdict.CLEAN, scorer.verdict(0.1));
    assertEquals(Verdict.SUSPECT, scorer.verdict(0.25));
    assertEquals(Verdict.MACHINE_TRANSLATED, scorer.verdict(0.5));
    ArticleScorer strict = new ArticleScorer(model(-2, 6).withThreshold(0.9));
    assertEquals(Verdict.SUSPECT, strict.verdict(0.6));
  }

  @Test
  void qualityBandsMatchTheVerdictsAndNeverRiseWithTheProbability() {
    ScorerModel.Thresholds thresholds = new ScorerModel.Thresholds(0.956, 0.802);
    ArticleScorer scorer = new ArticleScorer(model(-2, 6).withThresholds(thresholds));
    assertEquals(100, scorer.quality(0.0));
    assertEquals(0, scorer.quality(1.0));
    assertEquals(50, scorer.quality(0.802));
    assertEquals(30, scorer.quality(0.956));
    int previous = 101;
    for (int i = 0; i <= 10_000; i++) {
      double p = i / 10_000.0;
      int q = scorer.quality(p);
      assertTrue(q <= previous, "quality rose at p " + p);
      previous = q;
      switch (scorer.verdict(p)) {
        case CLEAN -> assertTrue(q >= 50, "clean at quality " + q);
        case MACHINE_TRANSLATED -> assertTrue(q <= 30, "machine-translated at quality " + q);
        case SUSPECT -> assertTrue(q >= 30 && q <= 50, "suspect at quality " + q);
      }
    }
  }

  @Test
  void moreFlaggedSentencesMeanAHigherArticleProbability() {
    ArticleScorer scorer = new ArticleScorer(model(-2, 6));
    SegmentedArticle a = TestArticles.body("One. Two. Three. Four.");
    List<SentenceFindings> none = SentenceFindings.forSentences(4);
    List<SentenceFindings> two = SentenceFindings.forSentences(4);
    two.get(0).add("x", 1);
    two.get(3).add("x", 1);
    ArticleScorer.Scored clean = scorer.score(a, none);
    ArticleScorer.Scored flagged = scorer.score(a, two);
    assertTrue(flagged.mtProbability() > clean.mtProbability());
    assertEquals(1 / (1 + Math.exp(-2)), flagged.sentences().get(0).mtProbability(), 1e-12);
    assertEquals(1 / (1 + Math.exp(3 - 6 * 0.5)), flagged.mtProbability(), 1e-12);
  }

  @Test
  void wordWeightedMeansWeighRatesByLengthAndArtefactCountsBySentence() {
    ScoredSentence headline = new ScoredSentence(0, 0, 0, 9, "Two words", 0.5,
        Map.of("lm.surprisal", 10.0, "fragment.lowercaseStart", 1.0), List.of());
    ScoredSentence body = new ScoredSentence(1, 1, 10, 60, "Eight words of an ordinary sentence in the article.", 0.5,
        Map.of("lm.surprisal", 4.0, "fragment.lowercaseStart", 0.0), List.of());
    List<ScoredSentence> article = List.of(headline, body);
    ScorerModel perSentence = model(-2, 6);
    ScorerModel perWord = new ScorerModel(perSentence.sentence(),
        perSentence.article().withMeans(ScorerModel.MeanWeighting.WORDS), perSentence.thresholds());

    Map<String, Double> sentences = new ArticleScorer(perSentence).articleFeatures(article);
    Map<String, Double> words = new ArticleScorer(perWord).articleFeatures(article);

    assertEquals(7.0, sentences.get("mean:lm.surprisal"), 1e-12);
    assertEquals((2 * 10.0 + 9 * 4.0) / 11, words.get("mean:lm.surprisal"), 1e-12);
    assertEquals(0.5, sentences.get("mean:fragment.lowercaseStart"), 1e-12);
    assertEquals(0.5, words.get("mean:fragment.lowercaseStart"), 1e-12);
    // the garbled detector's placement is fitted on per-sentence means whatever the fluent detector reads
    assertEquals(7.0, new ArticleScorer(perWord).garbledFeatures(article).get("mean:lm.surprisal"), 1e-12);
  }

  @Test
  void aScorerFittedBeforeWeightedMeansReadsThemPerSentence() throws Exception {
    String json = "{\"topK\": 3, \"sentenceFlagThreshold\": 0.5,"
        + " \"model\": {\"type\": \"logistic\", \"bias\": 0, \"weights\": {}}}";
    ScorerModel.ArticleModel old = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(json, ScorerModel.ArticleModel.class);
    assertEquals(ScorerModel.MeanWeighting.SENTENCES, old.means());
    String written = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(old.withMeans(ScorerModel.MeanWeighting.WORDS));
    assertTrue(written.contains("\"means\":\"words\""), written);
  }

  @Test
  void bundledModelLoads() {
    ScorerModel bundled = ScorerModel.bundled();
    assertTrue(bundled.sentence().weights().containsKey("names.variant"));
    assertTrue(bundled.thresholds().suspect() < bundled.thresholds().machineTranslated());
  }

  /** A sentence the sentence model of {@code model(-2, …)} gives probability p: sigmoid(−2 + 4x) = p. */
  private static ScoredSentence sentence(double p) {
    double x = (Math.log(p / (1 - p)) + 2) / 4;
    return new ScoredSentence(0, 0, 0, 1, "x", p, Map.of("x", x), List.of());
  }
}
