package io.mtdetect.match.align;

/**
 * A run of words that differs between an aligned sentence and its original: {@code "Poutin"} was
 * {@code "Putin"}. Offsets are in the query text the changes were computed on; a deletion (words
 * only the original has) is empty on the query side and sits where the words went missing.
 *
 * @param queryText    the words in the query text, empty for a deletion
 * @param originalText the words they replace in the original, empty for an insertion
 */
public record WordChange(int queryStart, int queryEnd, String queryText, String originalText) {
  public boolean isDeletion() {
    return queryText.isEmpty();
  }

  /** One line for people: {@code "Poutin" was "Putin"}. */
  public String describe() {
    if (isDeletion()) {
      return "missing \"" + originalText + "\"";
    }
    if (originalText.isEmpty()) {
      return "\"" + queryText + "\" is not in the original";
    }
    return "\"" + queryText + "\" was \"" + originalText + "\"";
  }
}
