package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.lm.export.TransformerOnnxExport.Precision;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmRuntimeTest {
  @Test
  void optionNamesRoundTrip() {
    for (LmRuntime r : LmRuntime.values()) {
      assertEquals(r, LmRuntime.fromOptionName(r.optionName()));
    }
    assertEquals("onnx-int8", LmRuntime.ONNX_INT8.optionName());
    assertEquals(Precision.INT8, LmRuntime.ONNX_INT8.onnxPrecision());
    assertNull(LmRuntime.PYTORCH.onnxPrecision());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LmRuntime.fromOptionName("tensorrt"));
    assertTrue(e.getMessage().contains("pytorch, onnx, onnx-int8"), e.getMessage());
  }

  @Test
  void withoutAChoiceTheFastestExportPresentRuns(@TempDir Path dir) throws Exception {
    assertEquals(LmRuntime.PYTORCH, LmRuntime.preferredFor(dir), "weights only: a model trained, not exported");
    java.nio.file.Files.createFile(dir.resolve(Precision.FLOAT32.fileName()));
    assertEquals(LmRuntime.ONNX, LmRuntime.preferredFor(dir));
    java.nio.file.Files.createFile(dir.resolve(Precision.INT8.fileName()));
    assertEquals(LmRuntime.ONNX_INT8, LmRuntime.preferredFor(dir));
    assertEquals(LmRuntime.ONNX_INT8, LmRuntime.preferredFor(Path.of("models/lm")), "the shipped model runs on int8");
  }

  @Test
  void aMissingExportSaysHowToWriteIt(@TempDir Path dir) throws Exception {
    java.nio.file.Files.copy(Path.of("models/lm/config.json"), dir.resolve("config.json"));
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> BuiltInLanguageModel.load(dir, 1, LmRuntime.ONNX));
    assertTrue(e.getMessage().contains("mtdetect export-lm"), e.getMessage());
  }
}
