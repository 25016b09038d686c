package io.mtdetect.lm;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.List;

/**
 * The non-finite-gradient guard both trainers share: a finite loss can still back-propagate an
 * overflow, and one update with it turns every weight into NaN, so such a batch is dropped instead.
 */
public final class Gradients {
  private Gradients() {}

  /** Whether every gradient of the model's trainable parameters is finite. */
  public static boolean finite(Model model) {
    for (NDArray w : weights(model)) {
      if (w.hasGradient()) {
        try (NDArray g = w.getGradient()) {
          if (!isFinite(g)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Sets every gradient to zero in place; subtraction would keep NaN, which is what is being cleared. */
  public static void clear(Model model) {
    for (NDArray w : weights(model)) {
      if (w.hasGradient()) {
        try (NDArray g = w.getGradient()) {
          g.set(new NDIndex("..."), 0);
        }
      }
    }
  }

  public static boolean weightsFinite(Model model) {
    return weights(model).stream().allMatch(Gradients::isFinite);
  }

  private static List<NDArray> weights(Model model) {
    return model.getBlock().getParameters().values().stream().map(ai.djl.nn.Parameter::getArray).toList();
  }

  /** Whether every value is finite; the check's temporary arrays are freed before returning. */
  static boolean isFinite(NDArray array) {
    try (NDManager scope = NDManager.subManagerOf(array)) {
      array.tempAttach(scope);
      return !array.isNaN().any().getBoolean() && !array.isInfinite().any().getBoolean();
    }
  }
}
