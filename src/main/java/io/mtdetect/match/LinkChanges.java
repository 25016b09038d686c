package io.mtdetect.match;

import io.mtdetect.match.align.Link;
import io.mtdetect.match.align.WordChange;
import io.mtdetect.match.align.WordChanges;
import java.util.ArrayList;
import java.util.List;

/**
 * The word changes of one link, attributed to the query sentence each falls in: a link may join
 * two query sentences (one the round trip split) or two of the original's.
 */
public final class LinkChanges {
  private LinkChanges() {}

  /** A change located in one query sentence (offsets relative to that sentence's text). */
  public record Located(int querySentence, WordChange change) {}

  public static List<Located> of(Link link, List<String> query, List<String> original) {
    String queryText = String.join(" ", query.subList(link.queryFrom(), link.queryTo()));
    String originalText = String.join(" ", original.subList(link.originalFrom(), link.originalTo()));
    List<Located> located = new ArrayList<>();
    for (WordChange change : WordChanges.between(queryText, originalText)) {
      int offset = 0;
      int sentence = link.queryFrom();
      while (sentence + 1 < link.queryTo() && change.queryStart() > offset + query.get(sentence).length()) {
        offset += query.get(sentence).length() + 1;
        sentence++;
      }
      int length = query.get(sentence).length();
      int start = Math.min(change.queryStart() - offset, length);
      int end = Math.min(change.queryEnd() - offset, length);
      String text = change.queryText().isEmpty() ? "" : query.get(sentence).substring(start, end);
      located.add(new Located(sentence, new WordChange(start, end, text, change.originalText())));
    }
    return located;
  }
}
