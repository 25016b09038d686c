package io.mtdetect.match.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or number of a sentence, with its offsets in the sentence's text.
 *
 * @param key what two tokens are compared by: lower-cased, possessive dropped; for numbers the
 *     digits only, so "1,500" and "1.500" (a Spanish round trip's decimal mark) are the same number
 */
public record Token(String text, int start, int end, String key, boolean capitalised, boolean number) {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\p{N}+(?:[.,]\\p{N}+)*");

  /** The tokens of a sentence in order. */
  public static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      boolean number = Character.isDigit(word.charAt(0));
      String key = number ? word.replaceAll("[.,]", "") : normalise(word);
      if (!key.isEmpty()) {
        tokens.add(new Token(word, m.start(), m.end(), key, Character.isUpperCase(word.charAt(0)), number));
      }
    }
    return tokens;
  }

  private static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.endsWith("'s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    while (lower.endsWith("'") || lower.endsWith("-")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
