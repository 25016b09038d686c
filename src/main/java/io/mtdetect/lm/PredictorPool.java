package io.mtdetect.lm;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * A fixed pool of DJL Predictors. One Predictor is not thread-safe, so each call borrows one,
 * predicts, and returns it; with as many predictors as worker threads nobody waits.
 */
final class PredictorPool<I, O> implements AutoCloseable {
  private final BlockingQueue<Predictor<I, O>> idle;

  PredictorPool(int size, Supplier<Predictor<I, O>> factory) {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      idle.add(factory.get());
    }
  }

  O predict(I input) {
    Predictor<I, O> predictor;
    try {
      predictor = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for a predictor", e);
    }
    try {
      return predictor.predict(input);
    } catch (TranslateException e) {
      throw new IllegalStateException("language model failed: " + e.getMessage(), e);
    } finally {
      idle.add(predictor);
    }
  }

  @Override
  public void close() {
    idle.forEach(Predictor::close);
    idle.clear();
  }
}
