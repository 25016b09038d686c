package io.mtdetect.lm;

/**
 * Language-model scores of one text, token by token: {@code logProb[i]} is the natural-log
 * probability of token i given everything before it, {@code rank[i]} its rank among all tokens
 * (0 = the model's top choice), {@code start/end} its character span in the scored text.
 * {@code machineLogit} is the classifier branch's log-odds that the text was machine translated
 * (from the same forward pass), or NaN for a model without one.
 */
public record TokenScores(String[] tokens, int[] start, int[] end, double[] logProb, int[] rank, double machineLogit) {

  public TokenScores(String[] tokens, int[] start, int[] end, double[] logProb, int[] rank) {
    this(tokens, start, end, logProb, rank, Double.NaN);
  }

  public boolean hasMachineLogit() {
    return !Double.isNaN(machineLogit);
  }

  public int size() {
    return logProb.length;
  }

  /** Surprisal of token i in bits. */
  public double surprisalBits(int i) {
    return -logProb[i] / Math.log(2);
  }

  public double totalNats() {
    double sum = 0;
    for (double lp : logProb) {
      sum -= lp;
    }
    return sum;
  }

  /** GLTR's rank buckets of the actual tokens: top 10, top 100, top 1000, and the rest. */
  public int[] gltrBuckets() {
    int[] buckets = new int[4];
    for (int r : rank) {
      buckets[gltrBucket(r)]++;
    }
    return buckets;
  }

  /** A rank's GLTR bucket: 0 for the top 10, 1 for the top 100, 2 for the top 1000, 3 for the rest. */
  public static int gltrBucket(int rank) {
    return rank < 10 ? 0 : rank < 100 ? 1 : rank < 1000 ? 2 : 3;
  }
}
