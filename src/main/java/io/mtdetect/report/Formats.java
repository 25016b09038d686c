package io.mtdetect.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The output formats users can choose with {@code --format}. */
public enum Formats {
  TABLE,
  JSON,
  JSONL,
  CSV,
  HTML;

  public OutputFormat open(Writer out) throws IOException {
    return switch (this) {
      case TABLE -> new TableFormat(out);
      case JSON -> new JsonFormat(out);
      case JSONL -> new JsonLinesFormat(out);
      case CSV -> new CsvFormat(out);
      case HTML -> new HtmlReportFormat(out);
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
