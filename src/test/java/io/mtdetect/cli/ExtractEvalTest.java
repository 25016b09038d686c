package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code extract --eval} on a two-page folder written for it: page a's article is extracted exactly
 * (word F1 1); page b's truth has a sentence the page does not (26 of its 46 tokens extracted, all
 * right: precision 1, recall 26/46, F1 0.722). Mean word F1 (1 + 0.7222) / 2 = 0.861.
 */
class ExtractEvalTest {
  @Test
  void lastLineHasBothMetricsAndTheSnippetsAreCounted() {
    Cli.Run r = Cli.run("extract", "--eval", "src/test/resources/extract-eval", "--worst", "1");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("pages 2  F1 [\\d.]+  precision 1\\.000  recall [\\d.]+  wordF1 0\\.861"), last);
    assertTrue(r.out().contains("snippets: with found 0.750 (3 of 4)  without kept 0.000 (0 of 2)"), r.out());
    assertTrue(r.out().contains("  article       pages    1  wordF1 1.000"), r.out());
    assertTrue(r.out().contains("  listing       pages    1  wordF1 0.722"), r.out());
    assertTrue(lines.get(0).startsWith("  b  listing"), "the worst page first: " + lines.get(0));
  }

  @Test
  void aFolderWithoutGroundTruthIsOneLine() {
    Cli.Run r = Cli.run("extract", "--eval", "src/test/resources/pages");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
