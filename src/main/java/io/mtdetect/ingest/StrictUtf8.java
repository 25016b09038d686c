package io.mtdetect.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and refuses anything else. Silent replacement characters would turn a
 * Latin-1 file into text full of U+FFFD that the signals would then score as garbled English.
 */
final class StrictUtf8 {
  private static final int NUL_SCAN_BYTES = 8192;

  private StrictUtf8() {}

  static String decode(byte[] bytes, int length) throws UnreadableInputException {
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3; // byte-order mark
    }
    int scan = Math.min(length, offset + NUL_SCAN_BYTES);
    for (int i = offset; i < scan; i++) {
      if (bytes[i] == 0) {
        throw new UnreadableInputException("binary file, not text");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException(
          "not valid UTF-8 text (bad byte near offset " + in.position() + "); convert it with iconv");
    }
  }
}
