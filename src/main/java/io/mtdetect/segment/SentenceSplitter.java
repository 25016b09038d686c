package io.mtdetect.segment;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Splits a paragraph into sentences with LanguageTool's rule-based (SRX) tokenizer, keeping offsets.
 * LanguageTool returns pieces whose concatenation is the input, which is what makes exact offsets
 * possible. The tokenizer is shared read-only state, as in LanguageTool's own server.
 */
public final class SentenceSplitter {
  private final SentenceTokenizer tokenizer;

  public SentenceSplitter(Language language) {
    this.tokenizer = language.getSentenceTokenizer();
  }

  /** A sentence's span within the paragraph string, whitespace trimmed. */
  public record Span(int start, int end) {}

  public List<Span> split(String paragraph) {
    List<Span> spans = new ArrayList<>();
    int offset = 0;
    for (String piece : tokenizer.tokenize(paragraph)) {
      int start = offset;
      int end = offset + piece.length();
      offset = end;
      while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        spans.add(new Span(start, end));
      }
    }
    return spans;
  }
}
