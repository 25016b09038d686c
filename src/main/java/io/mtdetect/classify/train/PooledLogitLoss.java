package io.mtdetect.classify.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Binary cross-entropy of a sentence's machine-translation logit, where the sentence's logit is the
 * mean of the classifier branch's per-position logits over the sentence's own tokens (the mask):
 * the same pooling scoring uses. Labels: {@code [label [batch], textMask [batch, time]]};
 * predictions: {@code [lmLogits?, classifierLogits [batch, time]]} (the last array is used).
 */
public final class PooledLogitLoss extends Loss {

  public PooledLogitLoss() {
    super("pooledLogitLoss");
  }

  /** Each row's logit: the masked mean of its per-position logits. */
  public static NDArray pool(NDArray positionLogits, NDArray mask) {
    return positionLogits.mul(mask).sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1f));
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray z = pool(predictions.get(predictions.size() - 1), labels.get(1));
    NDArray y = labels.get(0);
    // log(1 + e^z) − y·z, written to stay finite for large |z|.
    NDArray softplus = z.maximum(0f).add(z.abs().neg().exp().add(1f).log());
    return softplus.sub(y.mul(z)).mean();
  }
}
