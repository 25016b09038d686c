package io.mtdetect.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCXB's {@code with}/{@code without} snippets: text a correct extraction must contain, and text
 * (menus, newsletter boxes, bylines) it must leave out. A snippet is found when its words appear in
 * order in the extraction, compared lower-cased with runs of whitespace as one space.
 */
public final class Snippets {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

  private Snippets() {}

  /** How many of {@code snippets} the extracted text contains. */
  public static int found(List<String> snippets, String extracted) {
    String text = normalise(extracted);
    int found = 0;
    for (String snippet : snippets) {
      String s = normalise(snippet);
      if (!s.isEmpty() && text.contains(s)) {
        found++;
      }
    }
    return found;
  }

  static String normalise(String text) {
    return text == null ? "" : SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
