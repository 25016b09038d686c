package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;

/**
 * A logistic model over named features: p = sigmoid(bias + Σ weight·(x − mean)/scale). Features
 * the model has no weight for are ignored, so adding a signal never breaks an older model file;
 * weighted features that are missing count as their mean.
 * Transparent on purpose: each weight says how much one kind of evidence counts.
 */
@JsonTypeName("logistic")
public record LogisticModel(
    @JsonProperty("bias") double bias,
    @JsonProperty("weights") Map<String, Double> weights,
    @JsonProperty("means") Map<String, Double> means,
    @JsonProperty("scales") Map<String, Double> scales) implements ProbabilityModel {

  public LogisticModel {
    weights = Map.copyOf(weights);
    means = means == null ? Map.of() : Map.copyOf(means);
    scales = scales == null ? Map.of() : Map.copyOf(scales);
  }

  @Override
  public double probability(Map<String, Double> features) {
    double z = bias;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      double mean = means.getOrDefault(w.getKey(), 0.0);
      // A feature no signal computed (e.g. the language model is switched off) is imputed with its
      // training mean, so it adds nothing, rather than read as 0, which would be far out of range.
      double x = features.getOrDefault(w.getKey(), mean);
      z += w.getValue() * (x - mean) / scales.getOrDefault(w.getKey(), 1.0);
    }
    return sigmoid(z);
  }

  static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
