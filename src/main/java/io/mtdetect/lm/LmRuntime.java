package io.mtdetect.lm;

import io.mtdetect.lm.export.TransformerOnnxExport.Precision;
import java.util.Locale;

/**
 * How the built-in model runs: its DJL weights on the PyTorch engine, or its ONNX export (float or
 * int8 weights, written by {@code mtdetect export-lm}) on the OnnxRuntime engine. All three give
 * the same scores within the tolerance docs/benchmark.md states (issue 22); they differ in speed
 * and start-up.
 */
public enum LmRuntime {
  PYTORCH, ONNX, ONNX_INT8;

  /** What runs when the user does not choose. */
  public static final LmRuntime DEFAULT = ONNX_INT8;

  /** The name users type: pytorch, onnx, onnx-int8. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
