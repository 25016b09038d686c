package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.Verdict;
import io.mtdetect.core.VerdictBasis;
import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ScorerModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence channel end to end, with every signal and the shipped scorer: artefacts found in a
 * fluent text decide its verdict, the same text repaired is clean, and a one-sentence teaser of plain
 * English raises no alarm (issue 20).
 */
class ArtefactVerdictTest {
  private static ArticleAnalyzer analyzer;

  /** A fluent wire story with its round-trip damage: a garbled name beside the right one, a name spelled two ways. */
  private static final String DAMAGED = String.join("\n",
      "Kremlin rejects talks on troop withdrawal",
      "Russian President Vladimir Putin said on Friday that Moscow would not withdraw its troops from the border region.",
      "Speaking at a news conference in Moscow, Putin said the deployment was a response to the alliance's exercises.",
      "Ukrainian President Volodymyr Zelenskiy said his government was ready for talks but would not accept conditions.",
      "Aides to Mr. Poutin said the Kremlin would send a delegation to Geneva next week.",
      "Zelenskyy told parliament that Kyiv had asked its allies for more support.",
      "Western officials said the talks were unlikely to end the crisis quickly.",
      "Zelenskiy is expected to meet European leaders in Brussels on Thursday.");

  private static final String REPAIRED = DAMAGED.replace("Mr. Poutin", "Mr. Putin").replace("Zelenskyy", "Zelenskiy");

  @BeforeAll
  static void load() throws java.io.IOException {
    analyzer = DefaultPipeline.create(ScorerModel.bundled(), 2,
        BuiltInLanguageModel.load(java.nio.file.Path.of("models/lm"), 2));
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static ArticleResult score(String text) {
    return analyzer.analyse(TestArticles.textFile("fixture.txt", text));
  }

  private static boolean hasEvidence(ArticleResult r, String rule, String word) {
    return r.sentences().stream().flatMap(s -> s.evidence().stream())
        .anyMatch(e -> e.rule().equals(rule) && DAMAGED.substring(e.start(), e.end()).equals(word));
  }

  /**
   * The garbled name adds its log-likelihood ratio (2.09 log-odds) to what the fluent detector says of
   * the text, which makes the story suspect while the same story repaired reads clean. (For a day, between
   * the classifier's retraining without its typesetting habit and the models of the word-order change,
   * the story read 0.82, just under suspect, and this test asserted only the ratio: docs/benchmark.md.)
   */
  @Test
  void aGarbledNameBesideTheRightOneAddsItsLikelihoodRatioToTheFluentReading() {
    ArticleResult r = score(DAMAGED);
    assertTrue(hasEvidence(r, "garbled-name-beside-original", "Poutin"), r.sentences().toString());
    assertTrue(hasEvidence(r, "spelling-variant", "Poutin"));
    assertTrue(hasEvidence(r, "spelling-variant", "Zelenskyy"));
    List<String> kinds = r.basis().artefacts().stream().map(VerdictBasis.Artefact::kind).toList();
    assertTrue(kinds.contains("names.nearMissBesideOriginal"), kinds.toString());
    double added =
        ArticleScorer.logOdds(r.mtProbability()) - ArticleScorer.logOdds(r.basis().statisticalProbability());
    assertEquals(r.basis().artefactLogLikelihoodRatio(), added, 0.05, r.basis().toString());
    assertTrue(r.basis().artefactLogLikelihoodRatio() >= 2, r.basis().toString());
    ArticleResult repaired = score(REPAIRED);
    assertTrue(ArticleScorer.logOdds(r.mtProbability()) > ArticleScorer.logOdds(repaired.mtProbability()) + 1.5,
        () -> r.mtProbability() + " damaged vs " + repaired.mtProbability() + " repaired");
    assertNotEquals(Verdict.CLEAN, r.verdict(), r.basis().toString());
    assertEquals(Verdict.CLEAN, repaired.verdict());
    assertEquals(7, r.sentenceCount());
  }

  @Test
  void theSameArticleRepairedIsClean() {
    ArticleResult r = score(REPAIRED);
    assertEquals(Verdict.CLEAN, r.verdict(), () -> "p=" + r.mtProbability() + " " + r.basis());
    assertTrue(r.basis().artefacts().isEmpty(), r.basis().toString());
    assertEquals(VerdictBasis.FLUENT, r.basis().channel());
  }

  /**
   * Eight plain one-sentence teasers, written before they were scored. The shipped scorer calls seven
   * clean and the minister's talks "suspect" (0.82; it was machine-translated at 0.99 before short texts
   * were fitted: docs/benchmark.md): a feed of summaries is not flooded, but one generic sentence can
   * still read as machine translation.
   */
  private static final List<String> TEASERS = List.of(
      "Police in Manchester have arrested two men after a shop was robbed at knifepoint on Friday evening.",
      "Shares in the carmaker fell 4% after it cut its profit forecast for the year.",
      "The prime minister will travel to Brussels on Thursday for a summit on energy prices.",
      "A storm is expected to bring heavy rain and strong winds to the west coast this weekend.",
      "The city council voted 7-2 to approve the new stadium after a four-hour debate.",
      "Scientists have found traces of water in rocks collected from the far side of the Moon.",
      "The minister said on Tuesday that the talks would continue next week in Geneva.",
      "Two people were injured when a bus collided with a car on the M4 near Swindon.");

  private static ArticleResult teaser(String title, String text) {
    return analyzer.analyse(new Article("teaser", "teaser", title, text, Article.TextLayout.BODY_ONLY));
  }

  @Test
  void plainOneSentenceTeasersRaiseNoAlarm() {
    int clean = 0;
    for (String text : TEASERS) {
      ArticleResult r = teaser("News", text);
      assertEquals(1, r.sentenceCount());
      assertNotEquals(Verdict.MACHINE_TRANSLATED, r.verdict(), () -> text + ": p=" + r.mtProbability());
      clean += r.verdict() == Verdict.CLEAN ? 1 : 0;
    }
    // At most two suspect: the held-out rate of one-sentence originals not called clean is 5.9% (target
    // ≤ 10%, docs/benchmark.md issue 27); the sign-constrained scorer reads two of these as suspect, which
    // the previous one kept clean through a negative weight on the top-3 sentence mean.
    assertTrue(clean >= 6, clean + " of 8 clean");
    ArticleResult fire = teaser("Fire", "A fire broke out at a warehouse in east London on Sunday night, the fire brigade"
        + " said. Nobody was hurt.");
    assertEquals(Verdict.CLEAN, fire.verdict(), () -> "p=" + fire.mtProbability());
  }

  /**
   * What is left of a page once its furniture is set aside can be a few words (WCXB page 0424 kept only
   * "(see chapter 14)", read suspect at 0.88 by the scorer before short texts were measured in words).
   */
  @Test
  void aFewWordsLeftOnAPageAreNoEvidenceOfTranslation() {
    for (String text : List.of("(see chapter 14)", "Continued on page 3.", "All times are local.",
        "Figures in millions of euros.")) {
      ArticleResult r = teaser("Page", text);
      assertEquals(Verdict.CLEAN, r.verdict(), () -> text + ": p=" + r.mtProbability() + " " + r.basis());
    }
  }

  @Test
  void aOneSentenceTeaserWithARealArtefactIsNotClean() {
    ArticleResult r = teaser("Threats", "Moscow views the alliance as a threat. threats and threats.");
    assertNotEquals(Verdict.CLEAN, r.verdict(), () -> "p=" + r.mtProbability() + " " + r.basis());
    List<String> kinds = r.basis().artefacts().stream().map(VerdictBasis.Artefact::kind).toList();
    assertEquals(List.of("fragment.lowercaseStart", "tautology").stream().sorted().toList(),
        kinds.stream().sorted().toList());
    assertTrue(r.basis().artefactLogLikelihoodRatio() > 5, r.basis().toString());
  }
}
