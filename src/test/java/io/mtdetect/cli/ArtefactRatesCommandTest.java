package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.score.ArtefactRates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtefactRatesCommandTest {
  @TempDir Path dir;

  /**
   * Three articles, counted by hand: one lower-case fragment after a full stop ("…Ukraine. crisis."), one
   * tautology ("threats and threats"), two spellings of one name (Troianovski twice, Troianovsky once);
   * the AP-style "Madison, Wis. voted" is no fragment and "Calif.," no stray punctuation.
   */
  private static final String CORPUS = String.join("\n",
      "Blinken urged Moscow to seek a diplomatic exit from Ukraine. crisis.",
      "Moscow views the alliance as a threat and threats and threats.",
      "",
      "Anton Troianovski reported from Moscow. Anton Troianovski has covered Russia for years.",
      "Later Anton Troianovsky wrote about the talks.",
      "",
      "Earlier this month, lawmakers in Madison, Wis. voted to give atheists the same protections.",
      "A resident of Claremont, Calif., wrote in an op-ed that the vote mattered.",
      "");

  @Test
  void countsEqualAHandCount() throws Exception {
    Path corpus = dir.resolve("tiny.txt");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);
    Path json = dir.resolve("rates.json");
    Cli.Run run = Cli.run("artefact-rates", "--threads", "1", "--corpus", "tiny=" + corpus, "--json", json.toString());
    assertEquals(ExitCodes.OK, run.exit(), run.err());
    ArtefactRates.Set tiny = ArtefactRates.read(json).sets().get(0);
    assertEquals("tiny", tiny.name());
    assertEquals(ArtefactRates.ORIGINAL, tiny.side());
    assertEquals(3, tiny.articles());
    // 2 + 1 sentences, 2 + 1, and 2 + 1: the splitter cuts after "Wis." (the fragment detector knows better)
    assertEquals(9, tiny.sentences());
    Map<String, Long> counts = tiny.counts();
    assertEquals(1L, counts.get("fragment.lowercaseStart"));
    assertEquals(1L, counts.get("tautology"));
    assertEquals(1L, counts.get("names.variant"));
    assertEquals(0L, counts.get("punct.stray"));
    assertEquals(0L, counts.get("names.nearMiss"));
    assertEquals(1L, tiny.articlesWith().get("fragment.lowercaseStart"));
    assertEquals(1L, tiny.articlesWith().get("names.variant"));
    assertEquals(1000.0 / 9, tiny.perThousandSentences("tautology"), 1e-9);
    assertTrue(run.out().contains("| tiny | original | 3 | 9 |"), run.out());
  }

  @Test
  void aMissingCorpusIsOneLineAndExitTwo() {
    Cli.Run run = Cli.run("artefact-rates", "--corpus", "x=" + dir.resolve("absent.txt"));
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, run.exit());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("cannot read corpus"), run.err());
  }
}
