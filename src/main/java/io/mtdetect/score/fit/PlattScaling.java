package io.mtdetect.score.fit;

import io.mtdetect.score.BoostedTrees;
import java.util.List;

/**
 * Platt scaling: fits p = sigmoid(a·s + b) to held-out (score, label) pairs by Newton's method on the
 * log-loss, with Platt's smoothed targets so a perfectly separated held-out set cannot push a and b
 * to infinity. With a &gt; 0 the map is monotone: it recalibrates without reordering.
 */
public final class PlattScaling {
  private PlattScaling() {}

  /** One held-out article: the model's uncalibrated log-odds and its label. */
  public record Scored(double score, int label) {}

  public static BoostedTrees.Platt fit(List<Scored> heldOut) {
    double positives = heldOut.stream().filter(s -> s.label() == 1).count();
    double negatives = heldOut.size() - positives;
    double hi = (positives + 1) / (positives + 2);
    double lo = 1 / (negatives + 2);
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (Scored s : heldOut) {
        double t = s.label() == 1 ? hi : lo;
        double p = 1 / (1 + Math.exp(-(a * s.score() + b)));
        double d = p - t;
        double w = p * (1 - p);
        ga += d * s.score();
        gb += d;
        haa += w * s.score() * s.score();
        hab += w * s.score();
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new BoostedTrees.Platt(a, b);
  }
}
