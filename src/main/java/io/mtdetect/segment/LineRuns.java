package io.mtdetect.segment;

/** Runs of consecutive lines that share a property: a block is a run, one such line alone is not. */
final class LineRuns {
  private LineRuns() {}

  /** Which lines lie in a run of at least {@code minRun} consecutive lines with {@code like} set. */
  static boolean[] runsOf(boolean[] like, int minRun) {
    boolean[] inRun = new boolean[like.length];
    int runStart = -1;
    for (int i = 0; i <= like.length; i++) {
      if (i < like.length && like[i]) {
        if (runStart < 0) {
          runStart = i;
        }
      } else {
        if (runStart >= 0 && i - runStart >= minRun) {
          for (int j = runStart; j < i; j++) {
            inRun[j] = true;
          }
        }
        runStart = -1;
      }
    }
    return inRun;
  }
}
