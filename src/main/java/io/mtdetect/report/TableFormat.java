package io.mtdetect.report;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.ScoredSentence;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line per article for people: quality, verdict, probability, id, and the strongest evidence
 * (from the sentences with the highest probability), so a reader sees at a glance why.
 */
public final class TableFormat implements OutputFormat {
  private static final int EVIDENCE_ITEMS = 2;
  private static final int MAX_EVIDENCE_CHARS = 110;
  private static final String ROW = "%7s  %-18s  %7s  %-24s  %s%n";

  /** Round-trip artefacts are more telling than a generic grammar match, so they are shown first. */
  private static final Comparator<Evidence> ARTEFACTS_FIRST = Comparator.comparing(e -> e.kind().equals("lt"));

  private final Writer out;
  private boolean headerWritten;

  public TableFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) throws IOException {
    if (!headerWritten) {
      out.write(String.format(Locale.ROOT, ROW, "QUALITY", "VERDICT", "MT-PROB", "ID", "STRONGEST EVIDENCE"));
      headerWritten = true;
    }
    if (result.isError()) {
      out.write(String.format(Locale.ROOT, ROW, "-", "error", "-", result.id(), result.error()));
    } else {
      out.write(String.format(Locale.ROOT, ROW, result.quality(), result.verdict().label(),
          String.format(Locale.ROOT, "%.3f", result.mtProbability()), result.id(), strongestEvidence(result)));
    }
    out.flush();
  }

  /** The strongest evidence of an article in one line, shared by the table and CSV formats. */
  static String strongestEvidence(ArticleResult result) {
    String original = result.original() == null || result.original().isEmpty() ? ""
        : result.original().get().relation().label() + " of " + result.original().get().id() + "; ";
    String text = original + result.sentences().stream()
        .sorted(Comparator.comparingDouble(ScoredSentence::mtProbability).reversed())
        .flatMap(s -> s.evidence().stream().sorted(ARTEFACTS_FIRST).limit(1).map(e -> describe(e, s)))
        .limit(EVIDENCE_ITEMS)
        .collect(Collectors.joining("; "));
    if (text.isEmpty()) {
      return "(none)";
    }
    if (text.endsWith("; ")) {
      text = text.substring(0, text.length() - 2);
    }
    return text.length() <= MAX_EVIDENCE_CHARS ? text : text.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
  }

  static String describe(Evidence e, ScoredSentence s) {
    int from = Math.max(0, e.start() - s.start());
    int to = Math.min(s.text().length(), Math.max(from, e.end() - s.start()));
    String span = s.text().substring(from, to).replaceAll("\\s+", " ");
    if (span.length() > 30) {
      span = span.substring(0, 29) + "…";
    }
    return e.kind() + " «" + span + "» " + e.message();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
