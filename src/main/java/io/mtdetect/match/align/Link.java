package io.mtdetect.match.align;

/**
 * Sentences of one text aligned to sentences of another: one to one, or two to one where a text
 * split or merged a sentence. Indices are half-open ranges of sentence positions.
 *
 * @param verbatim whether the linked sentences have the same words in the same order
 */
public record Link(int queryFrom, int queryTo, int originalFrom, int originalTo, double similarity, boolean verbatim) {
  public int querySentences() {
    return queryTo - queryFrom;
  }

  public int originalSentences() {
    return originalTo - originalFrom;
  }
}
