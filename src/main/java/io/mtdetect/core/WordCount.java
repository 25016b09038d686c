package io.mtdetect.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many words a text has, a word being a run of letters and digits: the one measure of text length. */
public final class WordCount {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private WordCount() {}

  public static int of(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
