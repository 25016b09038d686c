package io.mtdetect.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with offsets, the common input of the artefact detectors. */
final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\d]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*");

  record Word(String text, int start, int end) {
    boolean isCapitalized() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  private Words() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }
}
