package io.mtdetect.report;

import io.mtdetect.core.ArticleResult;
import java.io.IOException;

/**
 * Stage 5: writes results as they arrive. {@link #finish()} writes any closing syntax (a JSON
 * array's bracket, a table's footer) and flushes; the underlying writer belongs to the caller.
 */
public interface OutputFormat {
  void write(ArticleResult result) throws IOException;

  void finish() throws IOException;
}
