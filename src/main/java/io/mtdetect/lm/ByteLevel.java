package io.mtdetect.lm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2's byte-level encoding, as Hugging Face tokenizers implement it: text is split by the GPT-2
 * pre-tokenisation pattern, each piece's UTF-8 bytes are mapped to printable characters, and BPE
 * works on those characters. Every string is representable, so there is never an unknown token.
 */
final class ByteLevel {
  private static final Pattern PRE_TOKENIZER =
      Pattern.compile("'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");

  private static final char[] BYTE_TO_CHAR = byteToChar();

  private ByteLevel() {}

  /** GPT-2's bytes_to_unicode: printable bytes map to themselves, the rest to code points from 256 up. */
  private static char[] byteToChar() {
    char[] map = new char[256];
    boolean[] printable = new boolean[256];
    for (int b = '!'; b <= '~'; b++) {
      printable[b] = true;
    }
    for (int b = 0xA1; b <= 0xAC; b++) {
      printable[b] = true;
    }
    for (int b = 0xAE; b <= 0xFF; b++) {
      printable[b] = true;
    }
    int next = 0;
    for (int b = 0; b < 256; b++) {
      map[b] = printable[b] ? (char) b : (char) (256 + next++);
    }
    return map;
  }

  static char charOf(int unsignedByte) {
    return BYTE_TO_CHAR[unsignedByte];
  }

  /** The pre-tokenised pieces of {@code text}, each in byte-level characters. */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher m = PRE_TOKENIZER.matcher(text);
    while (m.find()) {
      byte[] bytes = m.group().getBytes(StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder(bytes.length);
      for (byte b : bytes) {
        sb.append(BYTE_TO_CHAR[b & 0xFF]);
      }
      pieces.add(sb.toString());
    }
    return pieces;
  }
}
