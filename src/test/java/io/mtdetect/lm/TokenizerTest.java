package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerTest {
  @TempDir Path dir;

  @Test
  void builtInTokenizerRoundTripsTextThroughDjl() throws IOException {
    try (HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(Path.of("models/lm/tokenizer.json"))) {
      for (String text : List.of("Mr. Poutin resents it.", "“Moscow knows the universe very well,” he said — 2021’s café ✓",
          "  leading spaces\tand tabs\n")) {
        Encoding e = tokenizer.encode(text, false, false);
        assertEquals(text, tokenizer.decode(e.getIds()), text);
      }
      // Common news words are single tokens after training on news.
      assertEquals(1, tokenizer.encode(" president", false, false).getIds().length);
    }
  }

  @Test
  void trainerLearnsFrequentWordsDeterministically() throws IOException {
    Path corpus = TinyCorpus.write(dir, 50);
    Path first = train(corpus, dir.resolve("a"));
    Path second = train(corpus, dir.resolve("b"));
    assertEquals(java.nio.file.Files.readString(first), java.nio.file.Files.readString(second));
    try (HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(first)) {
      assertEquals(1, tokenizer.encode(" that", false, false).getIds().length);
      assertEquals(1, tokenizer.encode(" council", false, false).getIds().length);
      Encoding unseen = tokenizer.encode("Zürich", false, false);
      assertTrue(unseen.getIds().length > 1, "unseen words fall back to bytes");
      assertEquals("Zürich", tokenizer.decode(unseen.getIds()));
    }
  }

  private static Path train(Path corpusFile, Path out) throws IOException {
    BpeTrainer.WordCounts counts = new BpeTrainer.WordCounts();
    new Corpus(corpusFile).paragraphs(Corpus.Split.TRAIN, Corpus.all(counts::add));
    java.nio.file.Files.createDirectories(out);
    Path file = out.resolve("tokenizer.json");
    BpeTrainer.writeTokenizerJson(new BpeTrainer(600, 1).train(counts), file);
    return file;
  }
}
