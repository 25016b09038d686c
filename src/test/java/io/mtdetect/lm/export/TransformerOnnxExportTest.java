package io.mtdetect.lm.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.lm.ScoreDifference;
import io.mtdetect.lm.TokenScores;
import io.mtdetect.lm.export.TransformerOnnxExport.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed built-in model exported to ONNX scores as it does on PyTorch. */
class TransformerOnnxExportTest {
  private static final Path MODEL = Path.of(System.getProperty("mtdetect.test.lm", "models/lm"));
  private static final List<LanguageModel.Request> REQUESTS = List.of(
      new LanguageModel.Request("", "Moscow knows the universe very well what might happen."),
      new LanguageModel.Request("", "The White House said on Tuesday that the president would meet congressional leaders."),
      new LanguageModel.Request("The minister arrived in Geneva.", "He said the talks were useful."),
      new LanguageModel.Request("", "Mr. Poutin charges Kyiv Rejection is denial"));

  @TempDir static Path dir;
  private static List<TokenScores> pytorch;

  @BeforeAll
  static void exportBoth() throws IOException {
    for (String file : List.of("config.json", "tokenizer.json", "mtdetect-lm-0000.params")) {
      Files.copy(MODEL.resolve(file), dir.resolve(file));
    }
    assertEquals(List.of(dir.resolve(Precision.FLOAT32.fileName()), dir.resolve(Precision.INT8.fileName())),
        TransformerOnnxExport.writeAll(dir)); // what the trainers run after saving weights
    try (BuiltInLanguageModel lm = BuiltInLanguageModel.load(MODEL, 1, LmRuntime.PYTORCH)) {
      pytorch = lm.scoreAll(REQUESTS);
    }
  }

  private static List<TokenScores> scores(LmRuntime runtime) throws IOException {
    try (BuiltInLanguageModel lm = BuiltInLanguageModel.load(dir, 1, runtime)) {
      assertEquals(runtime, lm.runtime());
      return lm.scoreAll(REQUESTS);
    }
  }

  @Test
  void floatExportGivesPyTorchsScores() throws IOException {
    List<TokenScores> onnx = scores(LmRuntime.ONNX);
    ScoreDifference d = ScoreDifference.between(pytorch, onnx);
    assertTrue(d.maxTokenLogProb() < 1e-3, d.toString());
    assertTrue(d.maxMachineLogit() < 1e-3, d.toString());
    for (int i = 0; i < REQUESTS.size(); i++) {
      assertArrayEquals(pytorch.get(i).tokens(), onnx.get(i).tokens());
      assertTrue(onnx.get(i).hasMachineLogit());
    }
    assertEquals(0, d.rankBucketChangedShare(), 0.03, d.toString()); // a tie at a bucket edge may flip
  }

  @Test
  void int8ExportStaysWithinTheStatedTolerance() throws IOException {
    ScoreDifference d = ScoreDifference.between(pytorch, scores(LmRuntime.ONNX_INT8));
    // docs/benchmark.md (issue 22): sentence means within 0.1 nats, classifier logits within 0.15.
    assertTrue(d.maxSentenceMeanLogProb() < 0.1, d.toString());
    assertTrue(d.maxMachineLogit() < 0.15, d.toString());
    assertTrue(d.maxTokenLogProb() > 0, "int8 weights should not reproduce float scores exactly: " + d);
  }

  @Test
  void committedExportsAreTheWeightsExportedNow() throws IOException {
    // A retrained model must be re-exported (mtdetect export-lm): the ONNX files are derived, never edited.
    for (Precision p : Precision.values()) {
      Path committed = MODEL.resolve(p.fileName());
      assertTrue(Files.exists(committed), committed + " is missing: run mtdetect export-lm");
      assertArrayEquals(Files.readAllBytes(dir.resolve(p.fileName())), Files.readAllBytes(committed), p.fileName());
    }
  }

  @Test
  void parameterNamesLoseOnlyDjlsPositionPrefixes() {
    assertEquals("layer0_qkv_weight", TransformerOnnxExport.plainName("01layer0_02qkv_weight"));
    assertEquals("classifier1_mlpNorm_gamma", TransformerOnnxExport.plainName("06classifier1_04mlpNorm_gamma"));
    assertEquals("tokenEmbedding", TransformerOnnxExport.plainName("tokenEmbedding"));
  }
}
