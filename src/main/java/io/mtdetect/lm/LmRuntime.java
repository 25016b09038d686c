package io.mtdetect.lm;

import io.mtdetect.lm.export.TransformerOnnxExport.Precision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the built-in model runs: its DJL weights on the PyTorch engine, or its ONNX export (float or
 * int8 weights, written by {@code mtdetect export-lm}) on the OnnxRuntime engine. All three give
 * the same scores within the tolerance docs/benchmark.md states (issue 22); they differ in speed
 * and start-up.
 */
public enum LmRuntime {
  PYTORCH, ONNX, ONNX_INT8;

  /**
   * What runs when the user does not choose: the fastest export present in {@code dir} (int8, then
   * float), else the DJL weights on PyTorch, so a model trained but not yet exported still loads.
   */
  public static LmRuntime preferredFor(Path dir) {
    for (LmRuntime r : new LmRuntime[] {ONNX_INT8, ONNX}) {
      if (Files.exists(dir.resolve(r.onnxPrecision().fileName()))) {
        return r;
      }
    }
    return PYTORCH;
  }

  /** The name users type: pytorch, onnx, onnx-int8. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@link #fromOptionName}, or null (each command's default) when the option was not given. */
  public static LmRuntime fromOptionNameOrDefault(String name) {
    return name == null ? null : fromOptionName(name);
  }

  public static LmRuntime fromOptionName(String name) {
    for (LmRuntime r : values()) {
      if (r.optionName().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown language-model runtime '" + name + "' (pytorch, onnx, onnx-int8)");
  }

  /** The ONNX export this runtime reads, or null for PyTorch. */
  public Precision onnxPrecision() {
    return switch (this) {
      case PYTORCH -> null;
      case ONNX -> Precision.FLOAT32;
      case ONNX_INT8 -> Precision.INT8;
    };
  }
}
