package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * Gradient-boosted regression trees on the log-odds scale, then Platt scaling fitted on held-out
 * articles: p = sigmoid(a · (bias + Σ tree(x)) + b). Non-linear, so one model can hold both regimes
 * machine translation comes in (rule-based output less fluent than news, neural output more
 * predictable). Stored as plain nested nodes in {@code scorer.json}, readable and diffable; a
 * missing feature takes its training mean, as in the logistic model.
 */
@JsonTypeName("boosted-trees")
public record BoostedTrees(
    @JsonProperty("bias") double bias,
    @JsonProperty("means") Map<String, Double> means,
    @JsonProperty("calibration") Platt calibration,
    @JsonProperty("trees") List<Node> trees) implements ProbabilityModel {

  public BoostedTrees {
    means = Map.copyOf(means);
    trees = List.copyOf(trees);
  }

  /** p = sigmoid(a·margin + b), fitted on held-out articles; identity is a = 1, b = 0. */
  public record Platt(@JsonProperty("a") double a, @JsonProperty("b") double b) {
    public static final Platt IDENTITY = new Platt(1, 0);

    public double probability(double margin) {
      return LogisticModel.sigmoid(a * margin + b);
    }
  }

  /**
   * A split ({@code feature}, {@code threshold}: values ≤ threshold go to {@code le}, the rest to
   * {@code gt}) or a leaf ({@code value}, a log-odds step already scaled by the learning rate).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Node(
      @JsonProperty("feature") String feature,
      @JsonProperty("threshold") Double threshold,
      @JsonProperty("le") Node le,
      @JsonProperty("gt") Node gt,
      @JsonProperty("value") Double value) {

    public static Node leaf(double value) {
      return new Node(null, null, null, null, value);
    }

    @JsonIgnore
    public boolean isLeaf() {
      return value != null;
    }

    double evaluate(Map<String, Double> features, Map<String, Double> means) {
      Node n = this;
      while (!n.isLeaf()) {
        double x = features.getOrDefault(n.feature, means.getOrDefault(n.feature, 0.0));
        n = x <= n.threshold ? n.le : n.gt;
      }
      return n.value;
    }
  }

  /** The summed log-odds before calibration. */
  public double margin(Map<String, Double> features) {
    double z = bias;
    for (Node tree : trees) {
      z += tree.evaluate(features, means);
    }
    return z;
  }

  @Override
  public double probability(Map<String, Double> features) {
    return calibration.probability(margin(features));
  }

  public BoostedTrees withCalibration(Platt platt) {
    return new BoostedTrees(bias, means, platt, trees);
  }
}
