package io.mtdetect.match.analysis;

/** The fields of an indexed original, shared by the writer, the searcher and the analyzer. */
public final class OriginalFields {
  /** The article's id: the key re-adding replaces by. */
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  /** The segmented sentences, one per line (stored only): what a match is aligned against. */
  public static final String SENTENCES = "sentences";
  /** Title and text, analysed: content stems, for rare-word retrieval. */
  public static final String BODY = "body";
  /** Capitalised words not at a sentence start: names, which round trips mostly keep. */
  public static final String NAMES = "names";
  /** Numbers of two or more digits, separators dropped. */
  public static final String NUMBERS = "numbers";

  private OriginalFields() {}
}
