package io.mtdetect.cli;

/** Exit codes, documented in the README. */
public final class ExitCodes {
  /** Every item was scored. */
  public static final int OK = 0;
  /** Some items failed (each named on stderr); the others were scored. */
  public static final int SOME_FAILED = 1;
  /** Nothing was scored, or the command line was wrong. */
  public static final int NOTHING_SCORED_OR_USAGE = 2;
  /** {@code screen}: at least one item was flagged as machine-translated (takes precedence over 1). */
  public static final int FLAGGED = 3;

  private ExitCodes() {}

  static int of(int scored, int failed) {
    if (scored == 0) {
      return NOTHING_SCORED_OR_USAGE;
    }
    return failed > 0 ? SOME_FAILED : OK;
  }
}
