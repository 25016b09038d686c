package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped scorer as a property: more evidence of error or of machine translation never lowers a
 * probability (models/SCORER.md, "Monotone features").
 */
class MonotoneScorerTest {
  private static final ScorerModel SHIPPED = ScorerModel.bundled();
  private static final int SENTENCES = 6;

  @Test
  void everyEvidenceWeightOfTheShippedScorerIsNonNegative() {
    List<String> negative = new ArrayList<>();
    check("sentence", SHIPPED.sentence(), negative);
    assertTrue(SHIPPED.article().model() instanceof LogisticModel, "the shipped article model is logistic");
    check("article", (LogisticModel) SHIPPED.article().model(), negative);
    assertTrue(SHIPPED.garbled().model() != null, "the shipped scorer has a garbled detector");
    check("garbled", SHIPPED.garbled().model(), negative);
    assertTrue(negative.isEmpty(), "negative evidence weights: " + negative);
  }

  private static void check(String where, LogisticModel model, List<String> negative) {
    model.weights().forEach((name, w) -> {
      if (MonotoneFeatures.isEvidence(name) && w < 0) {
        negative.add(where + ":" + name + "=" + w);
      }
    });
  }

  @Test
  void raisingAnyEvidenceInOneSentenceNeverLowersThatSentenceOrTheArticle() {
    ArticleScorer scorer = new ArticleScorer(SHIPPED);
    TreeSet<String> evidence = new TreeSet<>();
    SHIPPED.sentence().weights().keySet().stream().filter(MonotoneFeatures::isEvidence).forEach(evidence::add);
    SHIPPED.evidence().kinds().keySet().forEach(evidence::add);
    evidence.add("lt.spelling");
    evidence.add("lt.grammar");
    Random random = new Random(11);
    SegmentedArticle article = TestArticles.body("One. Two. Three. Four. Five. Six.");
    for (int trial = 0; trial < 40; trial++) {
      List<Map<String, Double>> sentences = new ArrayList<>();
      for (int i = 0; i < SENTENCES; i++) {
        sentences.add(randomSentence(random));
      }
      double before = scorer.score(article, findings(sentences)).mtProbability();
      for (String feature : evidence) {
        int which = random.nextInt(SENTENCES);
        double step = SHIPPED.sentence().scales().getOrDefault(feature, 1.0);
        List<Map<String, Double>> raised = new ArrayList<>(sentences);
        Map<String, Double> one = new java.util.HashMap<>(sentences.get(which));
        one.merge(feature, step, Double::sum);
        raised.set(which, one);
        double sentenceBefore = scorer.sentenceProbability(sentences.get(which));
        double sentenceAfter = scorer.sentenceProbability(one);
        assertTrue(sentenceAfter >= sentenceBefore - 1e-12,
            feature + ": sentence " + sentenceBefore + " -> " + sentenceAfter);
        double after = scorer.score(article, findings(raised)).mtProbability();
        assertTrue(after >= before - 1e-12, feature + ": article " + before + " -> " + after);
      }
    }
  }

  @Test
  void aMisspeltWordOrAGrammarErrorNeverLowersASentence() {
    ArticleScorer scorer = new ArticleScorer(SHIPPED);
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      Map<String, Double> sentence = randomSentence(random);
      double before = scorer.sentenceProbability(sentence);
      for (String category : List.of("lt.spelling", "lt.grammar")) {
        Map<String, Double> withError = new java.util.HashMap<>(sentence);
        withError.merge(category, 1.0, Double::sum);
        // LanguageToolSignal adds each match's rule weight to lt.ruleEvidence as well.
        withError.merge("lt.ruleEvidence", 1.0, Double::sum);
        assertTrue(scorer.sentenceProbability(withError) >= before - 1e-12, category);
      }
    }
  }

  /** A sentence's features drawn around the training means, within two standard deviations. */
  private static Map<String, Double> randomSentence(Random random) {
    Map<String, Double> features = new java.util.HashMap<>();
    SHIPPED.sentence().means().forEach((name, mean) -> {
      double scale = SHIPPED.sentence().scales().getOrDefault(name, 1.0);
      features.put(name, Math.max(0, mean + scale * 2 * (random.nextDouble() - 0.5) * 2));
    });
    return features;
  }

  private static List<SentenceFindings> findings(List<Map<String, Double>> sentences) {
    List<SentenceFindings> out = SentenceFindings.forSentences(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      SentenceFindings f = out.get(i);
      sentences.get(i).forEach(f::set);
    }
    return out;
  }
}
