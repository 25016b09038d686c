package io.mtdetect.match.index;

import java.util.List;

/** An original as the index returns it: identity and the sentences a match is aligned against. */
public record IndexedOriginal(String id, String url, String title, List<String> sentences) {
  public IndexedOriginal {
    sentences = List.copyOf(sentences);
  }
}
