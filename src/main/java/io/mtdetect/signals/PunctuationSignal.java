package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doubled or stray punctuation left where a translation engine re-joined segments: {@code . .},
 * {@code ,,}, {@code .,}, a lone {@code ..} that is not an ellipsis, a space before a full stop.
 */
public final class PunctuationSignal implements SentenceSignal {
  public static final String STRAY = "punct.stray";

  private static final Pattern STRAY_PUNCTUATION =
      Pattern.compile(
          "[.,;:!?]\\s+[.,;:](?!\\.)" // ". ." ", ." ": ,"
              + "|,,|;;|::"
              + "|(?<![.\\d])\\.\\.(?![.\\d])" // ".." that is not part of "..."
              + "|[,;:]\\.|\\.[,;]" // ",." ".,"
              + "|(?<=\\p{L})\\s+[.,](?=\\s|$)"); // "word ." "word , next"

  private static final Pattern SPACED_ELLIPSIS = Pattern.compile("\\.\\s\\.\\s\\.");

  @Override
  public String name() {
    return "punct";
  }

  @Override
  public List<String> features() {
    return List.of(STRAY);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Paragraphs.Paragraph paragraph : Paragraphs.of(article)) {
      Matcher m = STRAY_PUNCTUATION.matcher(paragraph.text());
      while (m.find()) {
        if (m.group().startsWith(".") && Abbreviations.endsWithAbbreviation(paragraph.text().substring(0, m.start() + 1))) {
          continue; // "Calif.," "D.C.," : the comma follows an abbreviation's stop
        }
        if (SPACED_ELLIPSIS.matcher(paragraph.text()).region(Math.max(0, m.start() - 4),
            Math.min(paragraph.text().length(), m.end() + 4)).find()) {
          continue; // ". . ." is an ellipsis set the way many style guides ask
        }
        int end = paragraph.start() + m.end();
        Sentence owner = paragraph.sentenceAt(end - 1);
        // A hit can straddle the splitter's cut; the evidence stays inside the sentence it is charged to.
        int start = Math.max(owner.start(), paragraph.start() + m.start());
        SentenceFindings f = findings.get(owner.index());
        f.add(STRAY, 1);
        f.addEvidence(new Evidence(name(), "stray-punctuation",
            "doubled or stray punctuation \"" + m.group().strip() + "\"", start, end));
      }
    }
  }
}
