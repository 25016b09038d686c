package io.mtdetect.lm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Shape of the built-in causal transformer, saved beside its weights as {@code config.json}.
 *
 * @param classifierLayers decoder layers of the machine-translation classifier branch that forks
 *     off the trunk below its top {@code classifierLayers} layers (0: a plain language model)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LmConfig(int vocabulary, int context, int width, int layers, int heads, int classifierLayers) {
  public LmConfig {
    if (width % heads != 0) {
      throw new IllegalArgumentException("width must be a multiple of heads");
    }
    if (classifierLayers < 0 || classifierLayers > layers) {
      throw new IllegalArgumentException("classifierLayers must be between 0 and layers");
    }
  }

  public LmConfig(int vocabulary, int context, int width, int layers, int heads) {
    this(vocabulary, context, width, layers, heads, 0);
  }

  /** This shape with a classifier branch of {@code branchLayers} layers. */
  public LmConfig withClassifier(int branchLayers) {
    return new LmConfig(vocabulary, context, width, layers, heads, branchLayers);
  }

  public boolean hasClassifier() {
    return classifierLayers > 0;
  }

  public void save(Path file) throws IOException {
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }

  public static LmConfig load(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), LmConfig.class);
  }
}
