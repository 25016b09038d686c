package io.mtdetect.score.fit;

import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ScorerFitter.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Logistic regression with sign constraints: every feature the predicate names gets a weight ≥ 0, so
 * more of it never lowers the probability (evidence of error or of machine translation must never read
 * as evidence of a human writer, which an unconstrained fit over correlated features learns when fluent
 * machine translation makes fewer errors than people do). Features are standardised, as in
 * {@link io.mtdetect.score.ScorerFitter}, and the mean log-loss plus a small ridge penalty is minimised
 * by projected Newton steps (Bertsekas' method: a weight held at its bound while its gradient pushes it
 * further out is left out of the step). Deterministic: no sampling, no random start.
 */
public final class MonotoneLogisticFitter {
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-9;

  private final double ridge;

  /** @param ridge the L2 penalty on the standardised weights (not the bias) */
  public MonotoneLogisticFitter(double ridge) {
    this.ridge = ridge;
  }

  public LogisticModel fit(List<Example> examples, List<String> featureNames, Predicate<String> nonNegative) {
    int d = featureNames.size();
    int n = examples.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    double[][] x = new double[n][d + 1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> f = examples.get(i).features();
      for (int j = 0; j < d; j++) {
        x[i][j] = f.getOrDefault(featureNames.get(j), 0.0);
        mean[j] += x[i][j] / n;
      }
      x[i][d] = 1; // the bias
      y[i] = examples.get(i).label();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        scale[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
      }
    }
    for (int j = 0; j < d; j++) {
      double sd = Math.sqrt(scale[j] / Math.max(1, n - 1));
      scale[j] = sd > 1e-9 ? sd : 1.0;
      for (int i = 0; i < n; i++) {
        x[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    boolean[] constrained = new boolean[d + 1];
    for (int j = 0; j < d; j++) {
      constrained[j] = nonNegative.test(featureNames.get(j));
    }
    double[] w = solve(x, y, constrained);
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, Double> means = new LinkedHashMap<>();
    Map<String, Double> scales = new LinkedHashMap<>();
    for (int j = 0; j < d; j++) {
      weights.put(featureNames.get(j), w[j]);
      means.put(featureNames.get(j), mean[j]);
      scales.put(featureNames.get(j), scale[j]);
    }
    return new LogisticModel(w[d], weights, means, scales);
  }

  /** Minimises the penalised mean log-loss over w (last entry the bias) with w[j] ≥ 0 where constrained. */
  double[] solve(double[][] x, double[] y, boolean[] constrained) {
    int p = constrained.length;
    double[] w = new double[p];
    double loss = loss(x, y, w);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      gradientAndHessian(x, y, w, gradient, hessian);
      boolean[] free = new boolean[p];
      for (int j = 0; j < p; j++) {
        free[j] = !(constrained[j] && w[j] <= 1e-12 && gradient[j] > 0);
      }
      double[] step = newtonStep(hessian, gradient, free);
      double t = 1;
      double[] next = null;
      double nextLoss = Double.POSITIVE_INFINITY;
      for (int halving = 0; halving < 40; halving++) {
        double[] candidate = new double[p];
        for (int j = 0; j < p; j++) {
          candidate[j] = w[j] - t * step[j];
          if (constrained[j] && candidate[j] < 0) {
            candidate[j] = 0;
          }
        }
        double candidateLoss = loss(x, y, candidate);
        if (candidateLoss <= loss) {
          next = candidate;
          nextLoss = candidateLoss;
          break;
        }
        t /= 2;
      }
      if (next == null || loss - nextLoss < TOLERANCE) {
        if (next != null) {
          w = next;
        }
        break;
      }
      w = next;
      loss = nextLoss;
    }
    return w;
  }

  private double loss(double[][] x, double[] y, double[] w) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double z = dot(x[i], w);
      // log(1 + e^z) − y·z, computed without overflow
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
    }
    double penalty = 0;
    for (int j = 0; j < w.length - 1; j++) {
      penalty += w[j] * w[j];
    }
    return sum / x.length + ridge / 2 * penalty;
  }

  private void gradientAndHessian(double[][] x, double[] y, double[] w, double[] gradient, double[][] hessian) {
    int p = w.length;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      double prob = 1 / (1 + Math.exp(-dot(xi, w)));
      double residual = (prob - y[i]) / n;
      double curvature = prob * (1 - prob) / n;
      for (int a = 0; a < p; a++) {
        gradient[a] += residual * xi[a];
        double ca = curvature * xi[a];
        for (int b = a; b < p; b++) {
          hessian[a][b] += ca * xi[b];
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        hessian[a][b] = hessian[b][a];
      }
    }
    for (int j = 0; j < p - 1; j++) {
      gradient[j] += ridge * w[j];
      hessian[j][j] += ridge;
    }
  }

  /** Solves H·s = g on the free coordinates (Cholesky, with a little damping), scaled gradient on the rest. */
  private static double[] newtonStep(double[][] hessian, double[] gradient, boolean[] free) {
    int p = gradient.length;
    int[] index = new int[p];
    int m = 0;
    for (int j = 0; j < p; j++) {
      if (free[j]) {
        index[m++] = j;
      }
    }
    double[][] h = new double[m][m];
    double[] g = new double[m];
    for (int a = 0; a < m; a++) {
      g[a] = gradient[index[a]];
      for (int b = 0; b < m; b++) {
        h[a][b] = hessian[index[a]][index[b]];
      }
      h[a][a] += 1e-10;
    }
    double[] s = choleskySolve(h, g);
    double[] step = new double[p];
    for (int a = 0; a < m; a++) {
      step[index[a]] = s[a];
    }
    for (int j = 0; j < p; j++) {
      if (!free[j]) {
        step[j] = gradient[j] / Math.max(1e-6, hessian[j][j]);
      }
    }
    return step;
  }

  private static double[] choleskySolve(double[][] a, double[] b) {
    int m = b.length;
    double[][] l = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] z = new double[m];
    for (int i = 0; i < m; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * z[k];
      }
      z[i] = sum / l[i][i];
    }
    double[] s = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < m; k++) {
        sum -= l[k][i] * s[k];
      }
      s[i] = sum / l[i][i];
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }
}
