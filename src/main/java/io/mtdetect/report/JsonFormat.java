package io.mtdetect.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.ArticleResult;
import java.io.IOException;
import java.io.Writer;

/** A single pretty-printed JSON array, streamed element by element. */
public final class JsonFormat implements OutputFormat {
  private final ObjectMapper mapper = Json.mapper();
  private final JsonGenerator generator;

  public JsonFormat(Writer out) throws IOException {
    generator = mapper.getFactory().createGenerator(out);
    generator.setPrettyPrinter(new DefaultPrettyPrinter());
    generator.writeStartArray();
  }

  @Override
  public void write(ArticleResult result) throws IOException {
    mapper.writeValue(generator, result);
  }

  @Override
  public void finish() throws IOException {
    generator.writeEndArray();
    generator.writeRaw('\n');
    generator.flush();
  }
}
