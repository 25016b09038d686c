package io.mtdetect.score.fit;

import io.mtdetect.score.BoostedTrees;
import io.mtdetect.score.ScorerFitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.MutableDataset;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTJointRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * Gradient boosting for the logistic loss (Friedman 2001): each round fits a CART regression tree
 * (Tribuo) to the current residuals y − p, sets each leaf to its Newton step Σ(y − p) / Σ p(1 − p),
 * and adds it scaled by the learning rate. The trees are copied into {@link BoostedTrees} nodes, so
 * scoring needs no Tribuo. Deterministic for a given seed.
 */
public final class BoostedTreesFitter {
  private static final RegressionFactory REGRESSION = new RegressionFactory();
  private static final String TARGET = "residual";

  private final int rounds;
  private final int maxDepth;
  private final double learningRate;
  private final float minLeafWeight;
  private final long seed;

  public BoostedTreesFitter(int rounds, int maxDepth, double learningRate, float minLeafWeight, long seed) {
    this.rounds = rounds;
    this.maxDepth = maxDepth;
    this.learningRate = learningRate;
    this.minLeafWeight = minLeafWeight;
    this.seed = seed;
  }

  public BoostedTrees fit(List<ScorerFitter.Example> examples, List<String> featureNames) {
    int n = examples.size();
    String[] names = featureNames.toArray(new String[0]);
    double[][] x = new double[n][names.length];
    double[] y = new double[n];
    Map<String, Double> means = new LinkedHashMap<>();
    for (int j = 0; j < names.length; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        x[i][j] = examples.get(i).features().getOrDefault(names[j], 0.0);
        sum += x[i][j];
      }
      means.put(names[j], sum / Math.max(1, n));
    }
    double positives = 0;
    for (int i = 0; i < n; i++) {
      y[i] = examples.get(i).label();
      positives += y[i];
    }
    double prior = Math.min(Math.max(positives / Math.max(1, n), 1e-6), 1 - 1e-6);
    double bias = Math.log(prior / (1 - prior));
    double[] margin = new double[n];
    java.util.Arrays.fill(margin, bias);
    List<BoostedTrees.Node> trees = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double[] p = new double[n];
      MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("residuals", REGRESSION), REGRESSION);
      for (int i = 0; i < n; i++) {
        p[i] = 1 / (1 + Math.exp(-margin[i]));
        data.add(new ArrayExample<>(new Regressor(TARGET, y[i] - p[i]), names, x[i]));
      }
      CARTJointRegressionTrainer trainer = new CARTJointRegressionTrainer(maxDepth, minLeafWeight, 0f, 1f,
          new MeanSquaredError(), false, seed + round);
      TreeModel<Regressor> model = trainer.train(data);
      BoostedTrees.Node shape = copy(model.getRoot(), model);
      BoostedTrees.Node tree = newtonLeaves(shape, x, names, y, p);
      trees.add(tree);
      for (int i = 0; i < n; i++) {
        margin[i] += evaluate(tree, x[i], names);
      }
    }
    return new BoostedTrees(bias, means, BoostedTrees.Platt.IDENTITY, trees);
  }

  /** The tree's splits in mtdetect's own nodes (leaf values are replaced by {@link #newtonLeaves}). */
  private static BoostedTrees.Node copy(Node<Regressor> node, TreeModel<Regressor> model) {
    if (node instanceof SplitNode<Regressor> split) {
      String feature = model.getFeatureIDMap().get(split.getFeatureID()).getName();
      return new BoostedTrees.Node(feature, split.splitValue(), copy(split.getLessThanOrEqual(), model),
          copy(split.getGreaterThan(), model), null);
    }
    return BoostedTrees.Node.leaf(((LeafNode<Regressor>) node).getOutput().getValues()[0]);
  }

  /** Each leaf set to learning rate × its Newton step over the examples that reach it. */
  private BoostedTrees.Node newtonLeaves(BoostedTrees.Node shape, double[][] x, String[] names, double[] y, double[] p) {
    Map<BoostedTrees.Node, double[]> sums = new java.util.IdentityHashMap<>();
    for (int i = 0; i < x.length; i++) {
      double[] s = sums.computeIfAbsent(leafOf(shape, x[i], names), k -> new double[2]);
      s[0] += y[i] - p[i];
      s[1] += p[i] * (1 - p[i]);
    }
    return replaceLeaves(shape, sums);
  }

  private BoostedTrees.Node replaceLeaves(BoostedTrees.Node node, Map<BoostedTrees.Node, double[]> sums) {
    if (node.isLeaf()) {
      double[] s = sums.getOrDefault(node, new double[] {0, 0});
      double step = s[0] / Math.max(s[1], 1e-6);
      return BoostedTrees.Node.leaf(learningRate * Math.max(-4, Math.min(4, step)));
    }
    return new BoostedTrees.Node(node.feature(), node.threshold(), replaceLeaves(node.le(), sums),
        replaceLeaves(node.gt(), sums), null);
  }

  private static BoostedTrees.Node leafOf(BoostedTrees.Node node, double[] x, String[] names) {
    while (!node.isLeaf()) {
      node = x[indexOf(names, node.feature())] <= node.threshold() ? node.le() : node.gt();
    }
    return node;
  }

  private static double evaluate(BoostedTrees.Node tree, double[] x, String[] names) {
    return leafOf(tree, x, names).value();
  }

  private static int indexOf(String[] names, String name) {
    for (int j = 0; j < names.length; j++) {
      if (names[j].equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException("no feature " + name);
  }
}
