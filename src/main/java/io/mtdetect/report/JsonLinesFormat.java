package io.mtdetect.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.mtdetect.core.ArticleResult;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line (JSON Lines), flushed per record so pipes see results as they come. */
public final class JsonLinesFormat implements OutputFormat {
  private final Writer out;
  private final ObjectWriter json = Json.mapper().writer();

  public JsonLinesFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) throws IOException {
    out.write(json.writeValueAsString(result));
    out.write('\n');
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
