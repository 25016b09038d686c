package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's sentences back into paragraphs. Some artefacts straddle the sentence
 * splitter's cuts ({@code else. ”} becomes two pieces), so detectors that look for them scan whole
 * paragraphs and attribute each hit to the sentence it falls in.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** One paragraph: its text and the sentences {@code first..last} (inclusive) it holds. */
  record Paragraph(List<Sentence> sentences, int start, String text) {
    /** The sentence holding the article offset, or the nearest one before it (gaps are whitespace). */
    Sentence sentenceAt(int offset) {
      for (int k = sentences.size() - 1; k > 0; k--) {
        if (sentences.get(k).start() <= offset) {
          return sentences.get(k);
        }
      }
      return sentences.get(0);
    }
  }

  static List<Paragraph> of(SegmentedArticle article) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    String text = article.article().text();
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == sentences.get(i).paragraph()) {
        j++;
      }
      int start = sentences.get(i).start();
      paragraphs.add(new Paragraph(sentences.subList(i, j + 1), start, text.substring(start, sentences.get(j).end())));
      i = j + 1;
    }
    return paragraphs;
  }
}
