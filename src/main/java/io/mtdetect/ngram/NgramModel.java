package io.mtdetect.ngram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The lexical model at run time: a logistic regression over hashed n-grams ({@link NgramFeatures}),
 * one probability per sentence that it was machine translated, over the sentence's text or another view of it
 * ({@link SentenceViews}). Stored as {@code config.json} (the
 * feature space, bias, provenance) and {@code weights.bin.gz} (one float per dimension). Immutable, so
 * thread-safe.
 */
public final class NgramModel {
  public static final String CONFIG_FILE = "config.json";
  public static final String WEIGHTS_FILE = "weights.bin.gz";

  private final NgramFeatures features;
  private final float[] weights;
  private final double bias;

  public NgramModel(NgramFeatures.Config config, float[] weights, double bias) {
    if (weights.length != config.dimensions()) {
      throw new IllegalArgumentException(weights.length + " weights for " + config.dimensions() + " dimensions");
    }
    this.features = new NgramFeatures(config);
    this.weights = weights;
    this.bias = bias;
  }

  /** The name of the view of a sentence this model reads ({@link SentenceViews}). */
  public String view() {
    return features.config().view();
  }

  public NgramFeatures features() {
    return features;
  }

  public double probability(String sentence) {
    return probability(features.extract(sentence));
  }

  /** The probability of a text already in the model's view ({@link #view()}): no second pass of the view. */
  public double probabilityOfView(String viewed) {
    return probability(features.extractView(viewed));
  }

  public double probability(NgramFeatures.Vector x) {
    double z = bias;
    for (int k = 0; k < x.size(); k++) {
      z += weights[x.indices()[k]] * x.values()[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public static boolean isModelDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(CONFIG_FILE)) && Files.isRegularFile(dir.resolve(WEIGHTS_FILE));
  }

  public static NgramModel load(Path dir) throws IOException {
    ObjectNode config = (ObjectNode) new ObjectMapper().readTree(dir.resolve(CONFIG_FILE).toFile());
    try (InputStream in = Files.newInputStream(dir.resolve(WEIGHTS_FILE))) {
      return read(config, in);
    }
  }

  /** Reads a model from its two parts (a directory, or resources on the class path). */
  public static NgramModel read(ObjectNode config, InputStream weightsGz) throws IOException {
    NgramFeatures.Config shape = new NgramFeatures.Config(config.get("dimensions").asInt(),
        config.get("charMin").asInt(), config.get("charMax").asInt(), config.get("wordMax").asInt(),
        config.path("view").asText(SentenceViews.TEXT));
    float[] weights = new float[shape.dimensions()];
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(weightsGz)))) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readFloat();
      }
    }
    return new NgramModel(shape, weights, config.get("bias").asDouble());
  }

  /** Writes {@code config.json} (with {@code provenance}) and {@code weights.bin.gz} into {@code dir}. */
  public void save(Path dir, String provenance) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = json.createObjectNode();
    NgramFeatures.Config shape = features.config();
    config.put("dimensions", shape.dimensions());
    config.put("charMin", shape.charMin());
    config.put("charMax", shape.charMax());
    config.put("wordMax", shape.wordMax());
    config.put("bias", bias);
    config.put("view", shape.view());
    config.put("provenance", provenance);
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CONFIG_FILE).toFile(), config);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(dir.resolve(WEIGHTS_FILE)))))) {
      for (float w : weights) {
        out.writeFloat(w);
      }
    }
  }
}
