package io.mtdetect.pipeline;

import io.mtdetect.core.DaemonThreads;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a task on each item of a stream on a fixed number of threads and hands the results to a sink
 * in input order. At most {@link #IN_FLIGHT_PER_THREAD} items per thread are in flight, so memory
 * stays bounded and results stream out however long the input is; the window is wide enough that one
 * long item at its head does not leave the other threads idle (with 2 per thread, the cores were busy
 * only two thirds of the time on news of mixed length).
 */
public final class OrderedWindow {
  static final int IN_FLIGHT_PER_THREAD = 16;
  /** How long a run that ends early waits for the tasks under way to stop. */
  static final long STOP_WAIT_MINUTES = 5;

  /** The work done for one item; may throw {@code X}, which then ends the run. */
  @FunctionalInterface
  public interface Task<I, O, X extends Exception> {
    O apply(I item) throws X;
  }

  /** Receives each item with its result, in input order, on the calling thread. */
  @FunctionalInterface
  public interface Sink<I, O, X extends Exception> {
    void accept(I item, O result) throws X;
  }

  private record Pending<I, O>(I item, Future<O> result) {}

  private final int threads;
  private final String threadName;

  public OrderedWindow(int threads, String threadName) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.threadName = threadName;
  }

  /**
   * Runs {@code task} on every item and hands the results to {@code sink} in input order. A task that
   * throws ends the run with its exception once the items before it have reached the sink; the pool
   * is shut down either way.
   */
  public <I, O, X extends Exception> void run(Iterator<? extends I> items, Task<I, O, X> task, Sink<I, O, X> sink)
      throws X, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named(threadName));
    Deque<Pending<I, O>> inFlight = new ArrayDeque<>();
    try {
      while (items.hasNext() || !inFlight.isEmpty()) {
        while (items.hasNext() && inFlight.size() < IN_FLIGHT_PER_THREAD * threads) {
          I item = items.next();
          inFlight.add(new Pending<>(item, pool.submit(() -> task.apply(item))));
        }
        Pending<I, O> head = inFlight.poll();
        sink.accept(head.item(), this.<O, X>await(head.result()));
      }
    } finally {
      pool.shutdownNow();
      // A run that ends early (the sink failed, a task threw) returns only once the tasks still under way have
      // stopped: the caller closes what they use next (a native model session closed under a running task
      // crashed the JVM).
      awaitStopped(pool);
    }
  }

  private static void awaitStopped(ExecutorService pool) {
    try {
      // Bounded: a task that ignores interruption for this long is not waited for.
      pool.awaitTermination(STOP_WAIT_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  private <O, X extends Exception> O await(Future<O> future) throws X, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw (X) cause; // the task's only checked exception is X
    }
  }
}
