package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.mtdetect.lm.train.TokenUnigramCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenUnigramsTest {
  @Test
  void probabilitiesAreSmoothedCountsOverTheWholeVocabulary() {
    TokenUnigrams u = new TokenUnigrams("test", Map.of("Ġthe", 6L, "Ġtalks", 2L), 10);
    // (6 + 0.5) / (8 + 0.5 * 10)
    assertEquals(Math.log(6.5 / 13), u.logProb("Ġthe"), 1e-12);
    assertEquals(Math.log(0.5 / 13), u.logProb("Ġnever"), 1e-12);
    assertTrue(u.logProb("Ġthe") > u.logProb("Ġtalks"));
  }

  @Test
  void writesAndReadsTheSameTable(@TempDir Path dir) throws Exception {
    assertNull(TokenUnigrams.loadIfPresent(dir));
    TokenUnigrams u = new TokenUnigrams("corpus.txt, 3 training paragraphs", Map.of("a", 3L, "\"", 1L, "Ġb", 5L), 8192);
    u.save(dir);
    TokenUnigrams back = TokenUnigrams.loadIfPresent(dir);
    assertEquals(u.counts(), back.counts());
    assertEquals(8192, back.vocabulary());
    assertEquals(u.source(), back.source());
    assertEquals(u.logProb("Ġb"), back.logProb("Ġb"), 0);
  }

  @Test
  void countsTheTrainingSplitAsTheModelReadsItQuotesInAscii(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int article = 0; article < 100; article++) {
      // The 100th article is held out (Corpus.HELD_OUT_EVERY): its word must not be counted.
      lines.add(article == 99 ? "Zanzibar" : "He said “yes”");
      lines.add("");
    }
    Path corpus = Files.write(dir.resolve("corpus.txt"), lines);
    try (HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(Path.of("models/lm/tokenizer.json"))) {
      TokenUnigrams u = new TokenUnigramCounter(tokenizer).count(new Corpus(corpus), "corpus.txt", 8192,
          Long.MAX_VALUE, n -> { });
      List<String> tokens = List.of(tokenizer.encode("He said \"yes\"", false, false).getTokens());
      for (String t : tokens) {
        assertEquals(99L * tokens.stream().filter(t::equals).count(), u.counts().get(t), t);
      }
      assertEquals(99L * tokens.size(), u.total());
      assertTrue(u.source().contains("99 training paragraphs"), u.source());
      for (String t : tokenizer.encode("Zanzibar", false, false).getTokens()) {
        assertTrue(!u.counts().containsKey(t) || tokens.contains(t), t);
      }
    }
  }
}
