package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureOverlayTest {
  private static ArticleResult result(String id, int sentences) {
    List<ScoredSentence> s = new java.util.ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      s.add(new ScoredSentence(i, 0, 10 * i, 10 * i + 9, "Sentence " + i + ".", 0.5, Map.of("ngram.machineProbability", 0.99),
          List.of()));
    }
    return new ArticleResult(id, id, null, 0.5, 50, io.mtdetect.core.Verdict.SUSPECT, null, s, List.of(), null, null,
        sentences, null);
  }

  @Test
  void setsTheFeatureOnEverySentenceItCovers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("oof.tsv");
    try (Writer w = Files.newBufferedWriter(file)) {
      FeatureOverlay.writeHeader(w, "ngram.machineProbability");
      FeatureOverlay.writeRow(w, "a#1", 0, 0.25);
      FeatureOverlay.writeRow(w, "a#1", 1, 0.75);
      FeatureOverlay.writeRow(w, "b#1", 0, 0.5);
    }
    FeatureOverlay overlay = FeatureOverlay.read(file);
    assertEquals("ngram.machineProbability", overlay.feature());
    ArticleResult a = overlay.apply(result("a#1", 2));
    assertEquals(0.25, a.sentences().get(0).signals().get("ngram.machineProbability"), 1e-9);
    assertEquals(0.75, a.sentences().get(1).signals().get("ngram.machineProbability"), 1e-9);
    ArticleResult partial = result("b#1", 2); // the file lacks its second sentence: left as saved
    assertFalse(overlay.covers(partial));
    assertSame(partial, overlay.apply(partial));
    assertTrue(overlay.covers(result("a#1", 1)));
  }

  @Test
  void rejectsAFileThatIsNoOverlay(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.tsv");
    Files.writeString(file, "id,label\na,1\n");
    assertThrows(IOException.class, () -> FeatureOverlay.read(file));
    Files.writeString(file, "id\tsentence\tf\na\tzero\t0.5\n");
    assertThrows(IOException.class, () -> FeatureOverlay.read(file));
  }
}
