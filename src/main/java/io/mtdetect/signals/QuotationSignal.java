package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks moved by translation: a closing mark glued to the next word ({@code serious, ”according}),
 * separated from the punctuation it closes ({@code else. ”}), an opening mark glued to the previous
 * word or followed by a space, and closing marks with no opening one in the paragraph.
 */
public final class QuotationSignal implements SentenceSignal {
  public static final String MISPLACED = "quotes.misplaced";
  public static final String UNBALANCED = "quotes.unbalanced";

  private record Misplacement(String rule, String message, Pattern pattern) {}

  private static final List<Misplacement> MISPLACEMENTS =
      List.of(
          new Misplacement("closing-glued", "closing quotation mark glued to the next word",
              Pattern.compile("”(?=[\\p{L}\\d])")),
          new Misplacement("space-before-closing", "space between punctuation and the closing quotation mark",
              Pattern.compile("[,.;:!?]\\s+”")),
          new Misplacement("opening-glued", "opening quotation mark glued to the previous word",
              Pattern.compile("(?<=[\\p{L}\\d])“")),
          new Misplacement("space-after-opening", "space after an opening quotation mark",
              Pattern.compile("“\\s+")));

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public List<String> features() {
    return List.of(MISPLACED, UNBALANCED);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Paragraphs.Paragraph paragraph : Paragraphs.of(article)) {
      for (Misplacement m : MISPLACEMENTS) {
        Matcher matcher = m.pattern().matcher(paragraph.text());
        while (matcher.find()) {
          int end = paragraph.start() + matcher.end();
          Sentence owner = paragraph.sentenceAt(end - 1);
          // A hit can straddle the splitter's cut; the evidence stays inside the sentence it is charged to.
          int start = Math.max(owner.start(), paragraph.start() + matcher.start());
          SentenceFindings f = findings.get(owner.index());
          f.add(MISPLACED, 1);
          f.addEvidence(new Evidence(name(), m.rule(), m.message(), start, end));
        }
      }
    }
    List<Sentence> sentences = article.sentences();
    flagUnbalancedMarks(sentences, findings);
  }

  /**
   * Flags a closing mark with nothing open before it in its paragraph, and an opening mark left
   * open at the end of a paragraph unless the next paragraph opens with a quotation mark (the
   * convention for a quote that runs over several paragraphs).
   */
  private void flagUnbalancedMarks(List<Sentence> sentences, List<SentenceFindings> findings) {
    Deque<Integer> open = new ArrayDeque<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence sentence = sentences.get(k);
      String text = sentence.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '“') {
          open.push(sentence.start() + i);
        } else if (c == '”') {
          if (open.isEmpty()) {
            flag(findings.get(sentence.index()), "unopened-closing",
                "closing quotation mark with no opening mark before it in the paragraph", sentence.start() + i);
          } else {
            open.pop();
          }
        }
      }
      boolean paragraphEnds = k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != sentence.paragraph();
      if (paragraphEnds) {
        boolean quoteContinues = k + 1 < sentences.size() && sentences.get(k + 1).text().startsWith("“");
        if (!open.isEmpty() && !quoteContinues) {
          int offset = open.peekLast();
          flag(findings.get(sentenceContaining(sentences, offset)), "unclosed-opening",
              "opening quotation mark never closed in the paragraph", offset);
        }
        open.clear();
      }
    }
  }

  private void flag(SentenceFindings f, String rule, String message, int offset) {
    f.add(UNBALANCED, 1);
    f.addEvidence(new Evidence(name(), rule, message, offset, offset + 1));
  }

  private static int sentenceContaining(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("offset " + offset + " is in no sentence");
  }
}
