package io.mtdetect.lm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Shape of the built-in causal transformer, saved beside its weights as {@code config.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LmConfig(int vocabulary, int context, int width, int layers, int heads) {
  public LmConfig {
    if (width % heads != 0) {
      throw new IllegalArgumentException("width must be a multiple of heads");
    }
  }

  public void save(Path file) throws IOException {
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }

  public static LmConfig load(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), LmConfig.class);
  }
}
