package io.mtdetect.lm;

/** Log-softmax and rank of the actual token from one row of logits, for engines whose outputs come back as arrays. */
final class TokenRanking {
  private TokenRanking() {}

  /** Writes the log-probability of {@code actual} and its rank (how many tokens score higher). */
  static void score(float[] logits, int offset, int vocabulary, int actual, double[] logProb, int[] rank, int at) {
    double max = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < vocabulary; v++) {
      max = Math.max(max, logits[offset + v]);
    }
    double sum = 0;
    for (int v = 0; v < vocabulary; v++) {
      sum += Math.exp(logits[offset + v] - max);
    }
    float target = logits[offset + actual];
    int higher = 0;
    for (int v = 0; v < vocabulary; v++) {
      if (logits[offset + v] > target) {
        higher++;
      }
    }
    logProb[at] = target - max - Math.log(sum);
    rank[at] = higher;
  }
}
