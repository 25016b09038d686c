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
  void aMissingExportSaysHowToWriteIt(@TempDir Path dir) throws Exception {
    java.nio.file.Files.copy(Path.of("models/lm/config.json"), dir.resolve("config.json"));
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> BuiltInLanguageModel.load(dir, 1, LmRuntime.ONNX));
    assertTrue(e.getMessage().contains("mtdetect export-lm"), e.getMessage());
  }
}
