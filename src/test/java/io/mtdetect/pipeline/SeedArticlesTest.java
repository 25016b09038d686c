package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.Verdict;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.score.ScorerModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance examples: five real reposts of one story, two heavy round trips, two clean. Scored
 * as {@code scripts/mtdetect score seeds/} scores them: every signal, the built-in model included.
 */
class SeedArticlesTest {
  private static ArticleAnalyzer analyzer;
  private static final Map<String, ArticleResult> seeds = new HashMap<>();

  @BeforeAll
  static void scoreSeeds() throws java.io.IOException {
    analyzer = DefaultPipeline.create(ScorerModel.bundled(), 2,
        BuiltInLanguageModel.load(java.nio.file.Path.of("models/lm"), 2));
    for (InputItem item : InputReader.readAll(List.of("seeds"), InputLimits.DEFAULT)) {
      Article article = ((InputItem.Readable) item).article();
      seeds.put(article.id().substring(0, 3), analyzer.analyse(article));
    }
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static String span(ArticleResult r, Evidence e, ScoredSentence s) {
    return s.text().substring(e.start() - s.start(), e.end() - s.start());
  }

  @Test
  void poutinIsFlaggedAsAVariantOfPutin() {
    ArticleResult r = seeds.get("000");
    boolean found = r.sentences().stream().anyMatch(s -> s.evidence().stream().anyMatch(e ->
        e.kind().equals("names") && span(r, e, s).equals("Poutin") && e.message().contains("\"Putin\"")));
    assertTrue(found, "Poutin should carry name-variant evidence pointing at Putin");
  }

  @Test
  void poutinIsAGarbledPutinTheSentenceIsFlaggedAndTautologiesToo() {
    ArticleResult r = seeds.get("000");
    ScoredSentence poutin = r.sentences().stream().filter(s -> s.text().contains("Mr. Poutin")).findFirst().orElseThrow();
    assertTrue(poutin.evidence().stream().anyMatch(e -> e.rule().startsWith("garbled-name")
        && span(r, e, poutin).equals("Poutin") && e.message().contains("\"Putin\"")), poutin.evidence().toString());
    assertTrue(poutin.mtProbability() >= 0.5, "p=" + poutin.mtProbability());
    ArticleResult r1 = seeds.get("001");
    ScoredSentence threats = r1.sentences().stream().filter(s -> s.text().contains("threats and threats"))
        .findFirst().orElseThrow();
    assertTrue(threats.evidence().stream().anyMatch(e -> e.kind().equals("tautology")
        && span(r1, e, threats).contains("threats and threats")), threats.evidence().toString());
    assertTrue(threats.mtProbability() >= 0.5, "p=" + threats.mtProbability());
  }

  @Test
  void splitFragmentIsFlagged() {
    ScoredSentence fragment = seeds.get("000").sentences().stream()
        .filter(s -> s.text().startsWith("whose independence")).findFirst().orElseThrow();
    assertTrue(fragment.signals().get("fragment.lowercaseStart") > 0);
    assertTrue(fragment.mtProbability() > 0.5, "fragment probability " + fragment.mtProbability());
  }

  @Test
  void disclosureFooterIsFlagged() {
    assertTrue(seeds.get("000").sentences().stream().anyMatch(s -> s.signals().getOrDefault("disclosure", 0.0) > 0));
    assertTrue(seeds.get("001").sentences().stream().anyMatch(s -> s.signals().getOrDefault("disclosure", 0.0) > 0));
  }

  @Test
  void roundTripRepostsScoreAboveCleanCopies() {
    for (String mt : List.of("000", "001")) {
      for (String clean : List.of("003", "004")) {
        assertTrue(seeds.get(mt).mtProbability() > seeds.get(clean).mtProbability(), mt + " vs " + clean);
      }
    }
    assertEquals(Verdict.MACHINE_TRANSLATED, seeds.get("000").verdict());
    assertEquals(Verdict.MACHINE_TRANSLATED, seeds.get("001").verdict());
    assertEquals(Verdict.CLEAN, seeds.get("003").verdict());
    assertEquals(Verdict.CLEAN, seeds.get("004").verdict());
  }

  /** The seed's text without its disclosure footer, as most repost sites publish it. */
  private static ArticleResult withoutFooter(String file, java.util.function.IntPredicate keepLine) throws java.io.IOException {
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("seeds", file));
    String text = String.join("\n", java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> keepLine.test(i + 1)).mapToObj(lines::get).toList());
    return analyzer.analyse(TestArticles.textFile(file, text));
  }

  @Test
  void roundTripRepostsWithoutTheirFootersAreStillMachineTranslated() throws java.io.IOException {
    ArticleResult r000 = withoutFooter("000_d1139157ce98809a.txt", line -> line <= 45);
    ArticleResult r001 = withoutFooter("001_6c04b11d307fba50.txt", line -> line != 59);
    for (ArticleResult r : List.of(r000, r001)) {
      assertTrue(r.sentences().stream().noneMatch(s -> s.signals().getOrDefault("disclosure", 0.0) > 0), r.id());
      assertEquals(Verdict.MACHINE_TRANSLATED, r.verdict(), () -> r.id() + " p=" + r.mtProbability() + " " + r.basis());
      assertEquals(io.mtdetect.core.VerdictBasis.ARTEFACTS, r.basis().channel(), r.basis().toString());
    }
    assertNotEquals(Verdict.CLEAN, seeds.get("002").verdict(), () -> "002 p=" + seeds.get("002").mtProbability());
  }

  @Test
  void kyivRejectionIsDenialIsFlagged() {
    ArticleResult r = seeds.get("001");
    ScoredSentence s = r.sentences().stream().filter(x -> x.text().contains("Kyiv Rejection is denial")).findFirst()
        .orElseThrow();
    assertTrue(s.evidence().stream().anyMatch(e -> e.kind().equals("tautology")
        && span(r, e, s).equals("Rejection is denial")), s.evidence().toString());
    assertTrue(s.mtProbability() >= 0.5, "p=" + s.mtProbability());
  }

  @Test
  void boilerplateIsSkippedAndReported() {
    List<String> skipped = seeds.get("001").skipped().stream().map(l -> l.text()).toList();
    assertTrue(skipped.contains("Related Articles"));
    assertTrue(skipped.contains("Back to top button"));
    assertEquals("Skip to content", seeds.get("000").skipped().get(0).text());
    assertEquals("Blinken shares warnings with Russian Lavrov on Ukraine and NATO", seeds.get("000").title());
  }

  @Test
  void cleanParagraphScoresClean() {
    String text = String.join("\n",
        "City council approves new budget for parks",
        "The city council approved a $4 million budget for public parks on Tuesday, ending months of debate.",
        "Council member Maria Lopez said the money would repair playgrounds and plant 2,000 trees.",
        "“Our parks are where neighbors meet,” Lopez said after the vote. “This budget treats them that way.”",
        "Work on the first projects is expected to begin in the spring, according to the parks department.");
    ArticleResult r = analyzer.analyse(TestArticles.textFile("clean.txt", text));
    assertEquals(Verdict.CLEAN, r.verdict(), () -> "p=" + r.mtProbability());
    assertFalse(r.sentences().isEmpty());
  }

  @Test
  void articleWithOnlyFurnitureIsAnError() {
    ArticleResult r = analyzer.analyse(TestArticles.textFile("nav.txt", "Skip to content\nHeadline\nRelated Articles"));
    assertTrue(r.isError());
  }
}
