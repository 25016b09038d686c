package io.mtdetect.lm.export;

/**
 * A float matrix {@code [in, out]} quantised symmetrically to int8 with one scale per output column:
 * {@code w ≈ values · scales[column]}. Per-column scales keep a column of small weights from being
 * rounded to zero by one large weight elsewhere in the matrix.
 */
record Int8Columns(byte[] values, float[] scales) {
  static Int8Columns of(TransformerOnnxExport.Tensor matrix) {
    int rows = matrix.rows();
    int columns = matrix.columns();
    float[] data = matrix.data();
    float[] scales = new float[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        scales[c] = Math.max(scales[c], Math.abs(data[r * columns + c]));
      }
    }
    for (int c = 0; c < columns; c++) {
      scales[c] = scales[c] == 0 ? 1f : scales[c] / 127f;
    }
    byte[] values = new byte[data.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        values[r * columns + c] = (byte) Math.round(data[r * columns + c] / scales[c]);
      }
    }
    return new Int8Columns(values, scales);
  }

  /** The value the quantised matrix stands for at (row, column). */
  float dequantised(int row, int column) {
    return values[row * scales.length + column] * scales[column];
  }
}
