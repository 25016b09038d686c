package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxLanguageModelTest {
  /** Made by scripts/make-onnx-fixture: GPT-2's interface, random weights. */
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/tiny-gpt2-onnx");

  @TempDir Path cache;

  @Test
  void loadsTheFixtureThroughOnnxRuntimeWithLogitsOfTheRightShape() throws IOException {
    assertTrue(OnnxLanguageModel.isOnnxDirectory(FIXTURE));
    try (OnnxLanguageModel model = OnnxLanguageModel.load(FIXTURE, 2)) {
      OnnxLanguageModel.Logits logits = model.logits(new long[] {10, 20, 30, 40, 50});
      assertEquals(5, logits.time());
      assertEquals(8192, logits.vocabulary());
      assertEquals(5 * 8192, logits.values().length);

      TokenScores scores = model.score("The minister said ", "the talks would continue.");
      assertTrue(scores.size() > 3);
      for (int i = 0; i < scores.size(); i++) {
        assertTrue(scores.logProb()[i] < 0 && scores.rank()[i] >= 0 && scores.rank()[i] < 8192);
      }
      assertEquals("the talks would continue.".length(), scores.end()[scores.size() - 1]);
    }
  }

  @Test
  void hubDownloadFailsWithAClearMessageWhenOffline() {
    HuggingFaceHub hub = new HuggingFaceHub("http://127.0.0.1:9", cache);
    IOException e = assertThrows(IOException.class, () -> hub.fetch("distilbert/distilgpt2"));
    assertTrue(e.getMessage().startsWith("cannot download distilbert/distilgpt2 from http://127.0.0.1:9 (offline?)"),
        e.getMessage());
    IOException bad = assertThrows(IOException.class, () -> hub.fetch("../etc"));
    assertTrue(bad.getMessage().contains("not a Hugging Face model name"));
  }
}
