package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class LanguageToolSignalTest {
  private static LanguageToolSignal signal;

  @BeforeAll
  static void start() {
    signal = LanguageToolSignal.withDefaultRules(Languages.getLanguageForShortCode("en-US"), 2);
  }

  @AfterAll
  static void stop() {
    signal.close();
  }

  @Test
  void attributesMatchesToTheSentenceTheyStartIn() {
    SegmentedArticle a = body("The talks ended on Thursday. He have been there since Monday. The minister left.");
    List<SentenceFindings> f = run(signal, a);
    assertEquals(0, f.get(0).evidence().size());
    assertEquals(0, f.get(2).evidence().size());
    assertTrue(f.get(1).feature("lt.grammar") > 0, f.get(1).features().toString());
    Evidence e = f.get(1).evidence().get(0);
    assertEquals("lt", e.kind());
    assertTrue(e.start() >= a.sentences().get(1).start() && e.end() <= a.sentences().get(1).end());
  }

  @Test
  void reportsCapitalizationOfAFragmentAndNormalisesByLength() {
    SegmentedArticle a = body("It borders a former Soviet republic. whose independence Moscow resents.");
    List<SentenceFindings> f = run(signal, a);
    // one match in a sentence shorter than ten words counts as 1 per 10 words
    assertEquals(1.0, f.get(1).feature("lt.capitalization"), 1e-9);
  }

  @Test
  void wordsThePageSetsInCodeAreNoMisspellings() {
    String text = "hostname: Nodename of the worker. The value is also available via the onopen property.";
    List<SentenceFindings> plain = run(signal, body(text));
    assertTrue(plain.get(0).feature("lt.capitalization") > 0 && plain.get(0).feature("lt.spelling") > 0,
        plain.get(0).features().toString());
    assertTrue(plain.get(1).feature("lt.spelling") > 0, plain.get(1).features().toString());
    io.mtdetect.core.PageMarkup markup = new io.mtdetect.core.PageMarkup(List.of(), java.util.Set.of(),
        java.util.Set.of("hostname", "nodename", "onopen"));
    List<SentenceFindings> page = run(signal, io.mtdetect.TestArticles.page(text, markup));
    assertEquals(0.0, page.get(0).feature("lt.capitalization"), page.get(0).evidence().toString());
    assertEquals(0.0, page.get(0).feature("lt.spelling"), page.get(0).evidence().toString());
    assertEquals(0.0, page.get(1).feature("lt.spelling"), page.get(1).evidence().toString());
  }

  @Test
  void lowerCaseStartsAreAHabitOnForumsAndInDocumentationNotInNews() {
    String text = "Thanks for the reply. i tried the new driver but the screen still flickers.";
    List<SentenceFindings> news = run(signal, body(text));
    assertTrue(news.get(1).feature("lt.capitalization") > 0, news.get(1).evidence().toString());
    List<SentenceFindings> forum = run(signal, io.mtdetect.TestArticles.page(text, "forum", io.mtdetect.core.PageMarkup.NONE));
    assertEquals(0.0, forum.get(1).feature("lt.capitalization"), forum.get(1).evidence().toString());
    assertEquals(0.0, forum.get(1).feature("lt.spelling"), forum.get(1).evidence().toString());
    List<SentenceFindings> article = run(signal, io.mtdetect.TestArticles.page(text, "article", io.mtdetect.core.PageMarkup.NONE));
    assertTrue(article.get(1).feature("lt.capitalization") > 0, "an article page is written like news");
  }

  @Test
  void aFileExtensionAfterASpaceIsNoMisplacedFullStop() {
    List<SentenceFindings> f = run(signal, body("If you do not specify the suffix, systemctl will assume .service for the unit."));
    assertTrue(f.get(0).evidence().stream().noneMatch(e -> e.rule().equals("COMMA_PARENTHESIS_WHITESPACE")),
        f.get(0).evidence().toString());
    List<SentenceFindings> misplaced = run(signal, body("The talks ended on Thursday . The minister left."));
    assertTrue(misplaced.get(0).evidence().stream().anyMatch(e -> e.rule().equals("COMMA_PARENTHESIS_WHITESPACE")),
        misplaced.get(0).evidence().toString());
  }

  @Test
  void cleanSentenceHasNoMatchesAndAllCategoryFeatures() {
    List<SentenceFindings> f = run(signal, body("The minister met his counterpart in Stockholm on Thursday."));
    for (String group : LanguageToolSignal.GROUPS) {
      assertEquals(0.0, f.get(0).feature("lt." + group), group);
      assertTrue(f.get(0).features().containsKey("lt." + group));
    }
  }

  @Test
  void poolIsSharedSafelyAcrossThreads() throws Exception {
    SegmentedArticle a = body("He have been there since Monday.");
    Thread[] threads = new Thread[4];
    double[] results = new double[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int k = i;
      threads[i] = new Thread(() -> results[k] = run(signal, a).get(0).feature("lt.grammar"));
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    for (double r : results) {
      assertEquals(results[0], r);
      assertTrue(r > 0);
    }
  }

  @Test
  void ruleEvidenceSumsTheWeightsOfTheRulesThatFire() {
    SegmentedArticle a = body("It borders a former Soviet republic. whose independence Moscow resents.");
    List<SentenceFindings> plain = run(signal, a);
    String rule = plain.get(1).evidence().get(0).rule();
    try (LanguageToolSignal weighted = LanguageToolSignal.withRules(Languages.getLanguageForShortCode("en-US"),
        List.of(), java.util.Map.of(rule, 2.5), 1)) {
      List<SentenceFindings> f = run(weighted, a);
      long fired = f.get(1).evidence().stream().filter(e -> e.rule().equals(rule)).count();
      assertEquals(2.5 * fired, f.get(1).feature(LanguageToolSignal.RULE_EVIDENCE), 1e-9); // under ten words: x 10/10
      assertEquals(0.0, f.get(0).feature(LanguageToolSignal.RULE_EVIDENCE), 1e-9);
    }
    assertEquals(0.0, plain.get(1).feature(LanguageToolSignal.RULE_EVIDENCE), 1e-9); // no weights, no evidence
  }

  @Test
  void bundledRuleWeightsFavourRulesThatFireInRoundTrips() {
    java.util.Map<String, Double> weights = RuleSelection.bundledRuleWeights();
    assertTrue(weights.size() > 20, weights.toString());
    assertTrue(weights.get("UPPERCASE_SENTENCE_START") > 1, "a split clause starts in lower case");
    assertTrue(weights.values().stream().allMatch(w -> w >= -3 && w <= 3));
  }
}
