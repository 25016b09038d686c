package io.mtdetect.eval;

import io.mtdetect.core.Verdict;

/**
 * Human texts and how many of them a scorer called {@code machine-translated} and anything but
 * {@code clean}: the false alarms the eval contrasts and train-scorer's by-length report print.
 */
public record FalseAlarms(int texts, int machineTranslated, int notClean) {
  public static final FalseAlarms NONE = new FalseAlarms(0, 0, 0);

  /** These counts with one more human text of the given verdict. */
  public FalseAlarms plus(Verdict verdict) {
    return new FalseAlarms(texts + 1, machineTranslated + (verdict == Verdict.MACHINE_TRANSLATED ? 1 : 0),
        notClean + (verdict != Verdict.CLEAN ? 1 : 0));
  }

  public double machineTranslatedShare() {
    return machineTranslated / (double) Math.max(1, texts);
  }

  public double notCleanShare() {
    return notClean / (double) Math.max(1, texts);
  }
}
