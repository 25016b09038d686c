package io.mtdetect.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text measures shared by the extractor's heuristics. */
final class Text {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  /** Zero-width characters and soft hyphens sit inside words ("H\\uFEFFow"): removed, not turned into spaces. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Text() {}

  /** Lower-cased words separated by single spaces: a key that ignores case, punctuation and spacing. */
  static String wordKey(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Collapses every run of (Unicode) white space to one space and trims. */
  static String normalizeSpace(String text) {
    return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }
}
