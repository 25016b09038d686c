package io.mtdetect.cli;

import io.mtdetect.ingest.InputItem;
import io.mtdetect.report.ResumePoint;
import java.nio.file.Path;
import java.util.Iterator;

/** The inputs a resumed run still has to score: those after the records already written. */
final class SkippedInputs {
  private SkippedInputs() {}

  /** The inputs and the output disagree: resuming would lose or repeat articles. */
  static final class Mismatch extends Exception {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Advances {@code inputs} past the items {@code done} records, checking that each record's id is
   * the item's, so a resume with other inputs stops instead of losing or repeating articles.
   */
  static Iterator<InputItem> after(Iterator<InputItem> inputs, ResumePoint done, Path out) throws Mismatch {
    for (int i = 0; i < done.done(); i++) {
      if (!inputs.hasNext()) {
        throw new Mismatch(out + " holds " + done.done() + " records but the inputs have only " + i
            + " items: not the same inputs, cannot resume");
      }
      String id = inputs.next().id();
      if (!id.equals(done.ids().get(i))) {
        throw new Mismatch(out + " record " + (i + 1) + " is " + done.ids().get(i) + " but input item " + (i + 1)
            + " is " + id + ": not the same inputs, cannot resume");
      }
    }
    return inputs;
  }
}
