package io.mtdetect.signals;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A pool of {@link LanguageToolChecker} instances. One instance is not thread-safe and takes about a
 * second and tens of megabytes to build, so threads borrow one, use it, and give it back; the pool
 * creates instances lazily, at most {@code capacity}, so a single-threaded run pays for one.
 */
public final class LanguageToolPool implements AutoCloseable {
  private final BlockingQueue<LanguageToolChecker> idle;
  private final Supplier<LanguageToolChecker> factory;
  private final int capacity;
  private final AtomicInteger created = new AtomicInteger();
  private volatile boolean closed;

  public LanguageToolPool(int capacity, Supplier<LanguageToolChecker> factory) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.factory = factory;
    this.idle = new LinkedBlockingQueue<>(capacity);
  }

  /** Work with one instance held exclusively by the calling thread. */
  public <T> T withInstance(CheckedFunction<T> work) throws Exception {
    LanguageToolChecker lt = borrow();
    try {
      return work.apply(lt);
    } finally {
      idle.offer(lt);
    }
  }

  /** What a borrowed instance is used for. */
  @FunctionalInterface
  public interface CheckedFunction<T> {
    T apply(LanguageToolChecker lt) throws Exception;
  }

  private LanguageToolChecker borrow() throws InterruptedException {
    if (closed) {
      throw new IllegalStateException("LanguageTool pool is closed");
    }
    LanguageToolChecker lt = idle.poll();
    if (lt != null) {
      return lt;
    }
    if (created.getAndIncrement() < capacity) {
      return build();
    }
    created.decrementAndGet();
    return idle.take();
  }

  /** Builds the instance already counted in {@code created}; a failed build gives its place back. */
  private LanguageToolChecker build() {
    try {
      return factory.get();
    } catch (RuntimeException | Error e) {
      created.decrementAndGet(); // or, the pool full on paper, the next borrower would wait for good
      throw e;
    }
  }

  /** Builds one instance now, if none has been built, so the first borrower does not wait for it. */
  public void prefill() {
    if (created.compareAndSet(0, 1)) {
      idle.offer(build());
    }
  }

  /** Instances built so far (for tests and benchmarks). */
  public int created() {
    return Math.min(created.get(), capacity);
  }

  @Override
  public void close() {
    closed = true;
    idle.clear();
  }
}
