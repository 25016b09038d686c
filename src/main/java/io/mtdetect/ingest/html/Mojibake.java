package io.mtdetect.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere upstream and re-encoded
 * ("weâ€™ve" for "we’ve", "Ã©" for "é"): such a page is valid UTF-8 yet shows mojibake in a browser
 * too, and its words no longer match anything. A run is replaced only when its characters, read
 * back as those single bytes, are one valid UTF-8 character.
 */
final class Mojibake {
  /** Windows-1252's characters for the bytes 0x80–0x9F (0 where it has none). */
  private static final String CP1252_HIGH =
      "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";
  private static final String CONTINUATION = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
  /** A lead byte (0xC2–0xF4) and one to three continuation bytes, as Latin-1/1252 characters. */
  private static final Pattern SUSPECT = Pattern.compile(
      "[\\u00C2-\\u00DF]" + CONTINUATION + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");

  private Mojibake() {}

  static String repair(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = SUSPECT.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String fixed = decode(m.group());
      if (fixed != null) {
        out.append(text, last, m.start()).append(fixed);
        last = m.end();
      }
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  /** The UTF-8 character these single-byte characters encode, or null when they encode none. */
  private static String decode(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      // A character that is neither Latin-1 nor in Windows-1252's high half maps below 0x80, as ASCII does: no byte.
      int b = c <= 0xFF ? c : CP1252_HIGH.indexOf(c) + 0x80;
      if (b < 0x80) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
