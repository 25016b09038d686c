package io.mtdetect.report;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per article, with a header (RFC 4180, written by Apache Commons CSV): for spreadsheets
 * and scripts. Error items keep their row, with only id, source and error filled.
 */
public final class CsvFormat implements OutputFormat {
  static final String[] HEADER = {"id", "source", "title", "text_from", "mt_probability", "quality", "verdict",
      "sentences", "flagged_sentences", "strongest_evidence", "error", "original_id", "original_relation",
      "original_similarity", "channel", "artefacts", "page_type"};
  /** A sentence counts as flagged in the summary column from this probability. */
  private static final double SENTENCE_FLAG = 0.5;

  private final CSVPrinter printer;

  public CsvFormat(Writer out) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
  }

  @Override
  public void write(ArticleResult r) throws IOException {
    if (r.isError()) {
      printer.printRecord(r.id(), r.source(), "", "", "", "", "", "", "", "", r.error(), "", "", "", "", "", "");
    } else {
      long flagged = r.sentences().stream().mapToDouble(ScoredSentence::mtProbability).filter(p -> p >= SENTENCE_FLAG).count();
      printer.printRecord(r.id(), r.source(), r.title() == null ? "" : r.title(), r.textFrom() == null ? "" : r.textFrom(),
          String.format(Locale.ROOT, "%.4f", r.mtProbability()), r.quality(), r.verdict().label(), r.sentences().size(),
          flagged, TableFormat.strongestEvidence(r), "",
          r.original() == null || r.original().isEmpty() ? "" : r.original().get().id(),
          r.original() == null || r.original().isEmpty() ? "" : r.original().get().relation().label(),
          r.original() == null || r.original().isEmpty() ? ""
              : String.format(Locale.ROOT, "%.4f", r.original().get().similarity()),
          r.basis() == null ? "" : r.basis().channel(),
          r.basis() == null ? "" : r.basis().artefacts().stream().map(a -> a.kind() + "×" + a.count())
              .collect(java.util.stream.Collectors.joining(" ")),
          r.pageType() == null ? "" : r.pageType());
    }
    printer.flush();
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
  }
}
