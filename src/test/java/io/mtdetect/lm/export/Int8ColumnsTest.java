package io.mtdetect.lm.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Int8ColumnsTest {
  @Test
  void eachColumnKeepsItsOwnScale() {
    // [in=3, out=2]: column 0 is large, column 1 tiny; one shared scale would round column 1 to zeros.
    float[] data = {100f, 0.01f, -50f, -0.02f, 25f, 0.005f};
    Int8Columns q = Int8Columns.of(new TransformerOnnxExport.Tensor(data, new long[] {3, 2}));
    assertEquals(100f / 127, q.scales()[0], 1e-6);
    assertEquals(0.02f / 127, q.scales()[1], 1e-9);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        float original = data[r * 2 + c];
        assertTrue(Math.abs(q.dequantised(r, c) - original) <= q.scales()[c] / 2 * 1.0001,
            "(" + r + "," + c + ") " + q.dequantised(r, c) + " vs " + original);
      }
    }
    assertEquals(127, q.values()[0]);
    assertEquals(-127, q.values()[3]);
  }

  @Test
  void anAllZeroColumnStaysZero() {
    Int8Columns q = Int8Columns.of(new TransformerOnnxExport.Tensor(new float[] {0f, 1f, 0f, -1f}, new long[] {2, 2}));
    assertEquals(0f, q.dequantised(0, 0));
    assertEquals(0f, q.dequantised(1, 0));
    assertEquals(-1f, q.dequantised(1, 1), 1e-6);
  }
}
