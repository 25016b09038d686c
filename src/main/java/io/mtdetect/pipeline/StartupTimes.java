package io.mtdetect.pipeline;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Wall time of each part of start-up (LanguageTool's rules, its analysis models, the language model,
 * the scorer…), with when it began after JVM start and on which thread: parts load at the same time,
 * so {@code bench} prints them as a timeline, and the slowest chain bounds start-up. Thread-safe.
 */
public final class StartupTimes {
  /** One part: began {@code startSeconds} after JVM start and took {@code seconds} of wall time on {@code thread}. */
  public record Component(String name, double startSeconds, double seconds, String thread) {}

  private final List<Component> components = new ArrayList<>();

  /** A task that may throw the checked exception {@code E}. */
  @FunctionalInterface
  public interface Task<T, E extends Exception> {
    T call() throws E;
  }

  /** Runs {@code task} on the calling thread and records it as {@code component}. */
  public <T, E extends Exception> T time(String component, Task<T, E> task) throws E {
    double start = sinceJvmStart();
    long t0 = System.nanoTime();
    try {
      return task.call();
    } finally {
      record(new Component(component, start, (System.nanoTime() - t0) / 1e9, Thread.currentThread().getName()));
    }
  }

  /** As {@link #time(String, Task)}, as a Callable for an executor. */
  public <T> Callable<T> timed(String component, Callable<T> task) {
    return () -> time(component, task::call);
  }

  private synchronized void record(Component component) {
    components.add(component);
  }

  /** The parts recorded so far, by start time. */
  public synchronized List<Component> components() {
    List<Component> out = new ArrayList<>(components);
    out.sort(Comparator.comparingDouble(Component::startSeconds));
    return out;
  }

  /** Seconds since the JVM started (what {@code bench} and users' stopwatches count from). */
  public static double sinceJvmStart() {
    return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
  }
}
