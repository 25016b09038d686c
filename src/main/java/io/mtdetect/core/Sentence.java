package io.mtdetect.core;

/**
 * A sentence of an article. {@code start}/{@code end} are offsets into {@link Article#text()}
 * (UTF-16 code units, end exclusive), so {@code text.equals(article.text().substring(start, end))}.
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {

  /** Number of word-like tokens, used to normalise counts by sentence length. */
  public int wordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
      if (letterOrDigit && !inWord) {
        words++;
      }
      inWord = letterOrDigit;
    }
    return words;
  }
}
