package io.mtdetect.lm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small, repetitive news-like corpus in the training format, written by the tests themselves. */
public final class TinyCorpus {
  private static final String[] SUBJECTS = {"The minister", "The council", "The president", "The senator", "The mayor"};
  private static final String[] VERBS = {"said on Monday that", "warned on Tuesday that", "told reporters that"};
  private static final String[] CLAUSES = {"the talks would continue.", "the budget was approved.",
      "the vote was delayed.", "the plan would cost more."};

  private TinyCorpus() {}

  public static Path write(Path dir, int articles) throws IOException {
    List<String> lines = new ArrayList<>();
    int k = 0;
    for (int a = 0; a < articles; a++) {
      for (int p = 0; p < 3; p++) {
        lines.add(SUBJECTS[k % SUBJECTS.length] + " " + VERBS[k % VERBS.length] + " " + CLAUSES[k % CLAUSES.length]);
        k++;
      }
      lines.add("");
    }
    return Files.write(dir.resolve("corpus.txt"), lines);
  }
}
