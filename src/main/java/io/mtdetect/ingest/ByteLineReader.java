package io.mtdetect.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines as raw bytes so each JSON Lines record is decoded on its own: one
 * badly encoded or oversized line then costs one record, not the rest of the file.
 */
final class ByteLineReader {
  /** Marker returned for a line longer than the limit; its bytes are consumed and dropped. */
  static final byte[] TOO_LONG = new byte[0];

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[8192];

  ByteLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line without its terminator, {@link #TOO_LONG}, or null at end of stream. */
  byte[] next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    int b;
    boolean sawAny = false;
    while ((b = in.read()) != -1) {
      sawAny = true;
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == maxLineBytes) {
        tooLong = true;
        continue;
      }
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(maxLineBytes, buffer.length * 2));
      }
      buffer[length++] = (byte) b;
    }
    if (!sawAny) {
      return null;
    }
    if (tooLong) {
      return TOO_LONG;
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return Arrays.copyOf(buffer, length);
  }
}
