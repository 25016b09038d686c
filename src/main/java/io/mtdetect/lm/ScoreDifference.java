package io.mtdetect.lm;

import java.util.List;
import java.util.Locale;

/**
 * How far one runtime's scores of the same texts are from another's: the largest token and
 * sentence-mean log-probability differences, the share of tokens whose GLTR rank bucket changed,
 * and the largest classifier-logit difference. The sentence means are what the scorer's features
 * are built from, so they carry the tolerance docs/benchmark.md states.
 */
public record ScoreDifference(int tokens, double maxTokenLogProb, double maxSentenceMeanLogProb,
    double rankBucketChangedShare, double maxMachineLogit) {

  public static ScoreDifference between(List<TokenScores> reference, List<TokenScores> other) {
    if (reference.size() != other.size()) {
      throw new IllegalArgumentException("score lists differ in length");
    }
    int tokens = 0;
    int bucketChanged = 0;
    double maxToken = 0;
    double maxMean = 0;
    double maxLogit = 0;
    for (int s = 0; s < reference.size(); s++) {
      TokenScores a = reference.get(s);
      TokenScores b = other.get(s);
      if (a.size() != b.size()) {
        throw new IllegalArgumentException("sentence " + s + " has " + a.size() + " tokens in one and " + b.size() + " in the other");
      }
      for (int i = 0; i < a.size(); i++) {
        maxToken = Math.max(maxToken, Math.abs(a.logProb()[i] - b.logProb()[i]));
        bucketChanged += TokenScores.gltrBucket(a.rank()[i]) != TokenScores.gltrBucket(b.rank()[i]) ? 1 : 0;
      }
      tokens += a.size();
      if (a.size() > 0) {
        maxMean = Math.max(maxMean, Math.abs(a.totalNats() - b.totalNats()) / a.size());
      }
      if (a.hasMachineLogit() && b.hasMachineLogit()) {
        maxLogit = Math.max(maxLogit, Math.abs(a.machineLogit() - b.machineLogit()));
      }
    }
    return new ScoreDifference(tokens, maxToken, maxMean, tokens == 0 ? 0 : (double) bucketChanged / tokens, maxLogit);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "max |Δ log p| token %.2g, sentence mean %.2g nats; rank bucket changed %.2f%% of %d"
        + " tokens; max |Δ classifier logit| %.2g", maxTokenLogProb, maxSentenceMeanLogProb, 100 * rankBucketChangedShare,
        tokens, maxMachineLogit);
  }
}
