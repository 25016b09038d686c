package io.mtdetect.ngram.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.mtdetect.ngram.NgramFeatures;
import io.mtdetect.ngram.NgramModel;
import java.util.List;

/**
 * Fits the lexical model: L2-regularised logistic regression (LIBLINEAR's trust-region Newton solver)
 * on hashed n-grams, classes weighted to balance. Sentences are extracted once ({@link #extract}) and
 * any subset of them fitted, which is what cross-fitting needs.
 */
public final class NgramTrainer {
  /** One training sentence, its features extracted. */
  public record Example(NgramFeatures.Vector x, int label) {}

  private final NgramFeatures features;
  private final double cost;

  /** A trainer over n-grams of sentences as {@code config}'s view shows them. */
  public NgramTrainer(NgramFeatures.Config config, double cost) {
    this.features = new NgramFeatures(config);
    this.cost = cost;
  }

  public Example extract(String sentence, int label) {
    return new Example(features.extract(sentence), label);
  }

  public NgramModel fit(List<Example> examples) {
    long positives = examples.stream().filter(e -> e.label() == 1).count();
    long negatives = examples.size() - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("the lexical model needs sentences of both labels");
    }
    int dimensions = features.config().dimensions();
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = dimensions + 1; // liblinear's bias is one more feature, always 1
    problem.bias = -1;
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      NgramFeatures.Vector v = examples.get(i).x();
      Feature[] row = new Feature[v.size() + 1];
      for (int k = 0; k < v.size(); k++) {
        row[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
      }
      row[v.size()] = new FeatureNode(dimensions + 1, 1);
      problem.x[i] = row;
      problem.y[i] = examples.get(i).label();
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
    double total = examples.size();
    parameter.setWeights(new double[] {total / (2.0 * negatives), total / (2.0 * positives)}, new int[] {0, 1});
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    // liblinear's weights favour its first label, the first it met in the data.
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    float[] weights = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      weights[i] = (float) (sign * w[i]);
    }
    return new NgramModel(features.config(), weights, sign * w[dimensions]);
  }
}
