package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.core.VerdictBasis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceChannelTest {
  /** 10 fragments in 10,000 original sentences; 30 in 1,000 Apertium sentences and 5 in 1,000 neural ones. */
  private static ArtefactRates rates() {
    return new ArtefactRates("test", List.of(
        new ArtefactRates.Set("news", ArtefactRates.ORIGINAL, 500, 10_000, Map.of("frag", 10L, "variant", 200L),
            Map.of("frag", 4L, "variant", 100L), null),
        new ArtefactRates.Set("apertium", ArtefactRates.MACHINE, 50, 1_000, Map.of("frag", 30L, "variant", 2L),
            Map.of("frag", 20L, "variant", 2L), null),
        new ArtefactRates.Set("neural", ArtefactRates.MACHINE, 50, 1_000, Map.of("frag", 5L, "variant", 10L),
            Map.of("frag", 5L, "variant", 8L), null)));
  }

  @Test
  void weightIsTheLogRatioOfTheMostTellingMachineRateToTheSmoothedOriginalRate() {
    EvidenceChannel channel = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 10, false);
    EvidenceChannel.Kind frag = channel.kinds().get("frag");
    assertEquals(10.5 / 10_000, frag.originalRate(), 1e-12);
    assertEquals(30.0 / 1_000, frag.machineRate(), 1e-12);
    assertEquals("apertium", frag.machineSet());
    assertEquals(Math.log(0.03 / 0.00105), frag.weight(), 1e-12);
    // 200.5 / 10,000 in originals against at most 10 / 1,000: no evidence
    assertEquals(0, channel.kinds().get("variant").weight());
    assertEquals(List.of("frag"), channel.weightedKinds());
  }

  @Test
  void aKindInMoreThanOneOriginalArticleInAHundredIsNotEvidenceEnough() {
    ArtefactRates rates = new ArtefactRates("test", List.of(
        new ArtefactRates.Set("news", ArtefactRates.ORIGINAL, 1_000, 20_000, Map.of("stray", 30L), Map.of("stray", 20L), null),
        new ArtefactRates.Set("engine", ArtefactRates.MACHINE, 100, 2_000, Map.of("stray", 60L), Map.of("stray", 40L), null)));
    EvidenceChannel.Kind stray = EvidenceChannel.fromRates(rates, List.of("stray"), 3, 10, false).kinds().get("stray");
    assertEquals(0.02, stray.originalArticleShare(), 1e-12);
    assertEquals(0, stray.weight());
  }

  @Test
  void aMachineSetCountsOnlyWhatItShowsBeyondItsHumanBaseline() {
    // 40 quotes per 1,000 MT sentences, 35 in the professional translations of the same documents
    ArtefactRates rates = new ArtefactRates("test", List.of(
        new ArtefactRates.Set("news", ArtefactRates.ORIGINAL, 500, 10_000, Map.of("quote", 20L), Map.of(), null),
        new ArtefactRates.Set("people", ArtefactRates.HUMAN, 50, 1_000, Map.of("quote", 35L), Map.of(), null),
        new ArtefactRates.Set("engine", ArtefactRates.MACHINE, 50, 1_000, Map.of("quote", 40L), Map.of(), "people")));
    EvidenceChannel.Kind quote = EvidenceChannel.fromRates(rates, List.of("quote"), 3, 10, false).kinds().get("quote");
    assertEquals(20.5 / 10_000, quote.originalRate(), 1e-12, "human translations are not English originals");
    assertEquals(20.5 / 10_000 + 0.005, quote.machineRate(), 1e-12);
    assertEquals(Math.log(1 + 0.005 / 0.00205), quote.weight(), 1e-12);
  }

  @Test
  void ratioGrowsWithEveryCountUpToTheCapsAndNeverFalls() {
    EvidenceChannel channel = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 8, false);
    double w = channel.kinds().get("frag").weight();
    double previous = -1;
    for (int count = 0; count <= 6; count++) {
      double ratio = channel.logLikelihoodRatio(Map.of("frag", (double) count, "variant", 5.0), 4);
      assertTrue(ratio >= previous, "count " + count);
      assertEquals(Math.min(8, w * Math.min(count, 3)), ratio, 1e-12);
      previous = ratio;
    }
    List<VerdictBasis.Artefact> found = channel.artefacts(Map.of("frag", 2.0, "variant", 5.0), 4);
    assertEquals(List.of(new VerdictBasis.Artefact("frag", 2, 2 * w)), found);
  }

  @Test
  void withExposureAnArtefactInALongTextIsLessEvidenceThanInAShortOne() {
    EvidenceChannel channel = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 10, true);
    EvidenceChannel.Kind frag = channel.kinds().get("frag");
    double perSentence = frag.machineRate() - frag.originalRate();
    Map<String, Double> one = Map.of("frag", 1.0);
    assertEquals(frag.weight() - 10 * perSentence, channel.logLikelihoodRatio(one, 10), 1e-12);
    assertTrue(channel.logLikelihoodRatio(one, 10) > channel.logLikelihoodRatio(one, 100));
    // 1 in 200 sentences: an engine with the machine rate would have left 6; the ratio is floored at nothing
    assertEquals(0, channel.logLikelihoodRatio(one, 200));
    assertEquals(List.of(), channel.artefacts(one, 200));
    // a second occurrence still never lowers it
    assertTrue(channel.logLikelihoodRatio(Map.of("frag", 2.0), 100) > channel.logLikelihoodRatio(one, 100));
    EvidenceChannel withoutExposure = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 10, false);
    assertEquals(withoutExposure.logLikelihoodRatio(one, 200), frag.weight(), 1e-12);
  }

  @Test
  void combinedProbabilityIsMonotoneInEachArtefactCount() {
    EvidenceChannel channel = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 10, false);
    ScorerModel model = new ScorerModel(new LogisticModel(-2, Map.of("x", 1.0), null, null),
        new ScorerModel.ArticleModel(3, 0.5, new LogisticModel(-1, Map.of(ArticleScorer.MEAN_PROBABILITY, 2.0), null, null)),
        new ScorerModel.Thresholds(0.9, 0.6), channel, new LengthShrinkage(-1, 4));
    ArticleScorer scorer = new ArticleScorer(model);
    SegmentedArticle article = TestArticles.body("One here. Two here. Three here. Four here.");
    for (String kind : List.of("frag", "variant", "x")) {
      double previous = -1;
      for (int count = 0; count <= 5; count++) {
        List<SentenceFindings> findings = SentenceFindings.forSentences(4);
        findings.get(count % 4).add(kind, count);
        ArticleScorer.Scored scored = scorer.score(article, findings);
        assertTrue(scored.mtProbability() >= previous - 1e-15, kind + " at " + count);
        previous = scored.mtProbability();
      }
    }
  }

  @Test
  void theVerdictNamesTheChannelThatCarriedIt() {
    EvidenceChannel channel = EvidenceChannel.fromRates(rates(), List.of("frag", "variant"), 3, 10, false);
    ScorerModel model = new ScorerModel(new LogisticModel(-3, Map.of(), null, null),
        new ScorerModel.ArticleModel(3, 0.5, new LogisticModel(-3, Map.of(), null, null)),
        new ScorerModel.Thresholds(0.9, 0.6), channel, null);
    ArticleScorer scorer = new ArticleScorer(model);
    SegmentedArticle article = TestArticles.body("One here. Two here.");
    List<SentenceFindings> plain = SentenceFindings.forSentences(2);
    assertEquals(VerdictBasis.FLUENT, scorer.score(article, plain).basis().channel());
    List<SentenceFindings> fragments = SentenceFindings.forSentences(2);
    fragments.get(1).add("frag", 2);
    ArticleScorer.Scored scored = scorer.score(article, fragments);
    assertEquals(io.mtdetect.core.Verdict.MACHINE_TRANSLATED, scored.verdict());
    assertEquals(VerdictBasis.ARTEFACTS, scored.basis().channel());
    assertEquals(1 / (1 + Math.exp(3)), scored.basis().statisticalProbability(), 1e-12);
    assertEquals("frag", scored.basis().artefacts().get(0).kind());
  }

  @Test
  void shortTextsFallBackTowardThePrior() {
    LengthShrinkage shrinkage = new LengthShrinkage(-2, 4);
    assertEquals(-2 + 0.2 * (5 + 2), shrinkage.apply(5, 1), 1e-12);
    assertEquals(-2 + (40.0 / 44) * (5 + 2), shrinkage.apply(5, 40), 1e-12);
    assertEquals(5, LengthShrinkage.NONE.apply(5, 1), 1e-12);
  }
}
