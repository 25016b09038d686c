package io.mtdetect.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for runs longer than a couple of seconds: items done, the rate and,
 * when the total is known, the time left. Only drawn on a terminal, so logs and pipes stay clean.
 */
final class Progress {
  private static final long FIRST_AFTER_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastNanos = startNanos + FIRST_AFTER_NANOS - EVERY_NANOS;
  private final long total;
  private int done;
  private boolean drawn;

  Progress(PrintStream err, boolean enabled) {
    this(err, enabled, -1);
  }

  /** @param total the number of items expected, or -1 when unknown (stdin) */
  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void itemDone() {
    done++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastNanos >= EVERY_NANOS) {
      lastNanos = now;
      double seconds = (now - startNanos) / 1e9;
      double rate = done / seconds;
      if (total > 0 && done <= total) {
        err.printf(Locale.ROOT, "\r%d/%d articles, %.1f articles/s, %.0f s, ETA %.0f s\033[K", done, total, rate, seconds,
            (total - done) / rate);
      } else {
        err.printf(Locale.ROOT, "\r%d articles, %.1f articles/s, %.0f s\033[K", done, rate, seconds);
      }
      err.flush();
      drawn = true;
    }
  }

  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
