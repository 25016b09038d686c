package io.mtdetect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumePointTest {
  @TempDir Path dir;

  @Test
  void keepsCompleteRecordsAndCutsAnUnfinishedLastLine() throws IOException {
    Path out = dir.resolve("results.jsonl");
    Files.writeString(out, "{\"id\":\"a\",\"mtProbability\":0.1}\n{\"id\":\"b\",\"error\":\"empty article\"}\n{\"id\":\"c\",\"mtPro");
    ResumePoint point = ResumePoint.read(out);
    assertEquals(List.of("a", "b"), point.ids());
    assertEquals(1, point.failed());
    assertTrue(Files.readString(out).endsWith("\"empty article\"}\n"), "the half-written record is gone");
  }

  @Test
  void aMissingFileIsAFreshStart() throws IOException {
    assertEquals(0, ResumePoint.read(dir.resolve("none.jsonl")).done());
  }

  @Test
  void aFileOfOtherContentIsNotResumedInto() throws IOException {
    Path out = dir.resolve("notes.txt");
    Files.writeString(out, "my notes\n");
    ResumePoint.NotResumable e = assertThrows(ResumePoint.NotResumable.class, () -> ResumePoint.read(out));
    assertTrue(e.getMessage().endsWith("notes.txt:1 is not a mtdetect result record: cannot resume into it"), e.getMessage());
    assertEquals("my notes\n", Files.readString(out), "left as it was");
  }
}
