package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;
  private Path articles;

  @BeforeEach
  void writeArticles() throws IOException {
    articles = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        "{\"id\":\"mt\",\"text\":\"Mr Putin spoke. Mr Putin left, a former Soviet republic. whose independence Mr. Poutin resents.\\n"
            + "We translate it through programmatic technology.\","
            + "\"segments\":[{\"text\":\"x\",\"label\":0},{\"text\":\"y\",\"label\":1}]}",
        "{\"id\":\"clean\",\"text\":\"The council approved the parks budget on Tuesday. Work begins in the spring.\"}"));
  }

  @Test
  void reportsAucCalibrationGroupsAndAblation() throws IOException {
    Path labels = Files.writeString(dir.resolve("labels.csv"), "id,label,group\nmt,1,roundtrip\nclean,0,original\n");
    Path out = dir.resolve("report");
    Cli.Run r = Cli.run("eval", "--lm", "none", "--labels", labels.toString(), "--out", out.toString(), articles.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("| all | 2 | 1 | 1.000 |"), r.out());
    assertTrue(r.out().contains("| roundtrip | 1 | 1 |"), r.out());
    assertTrue(r.out().contains("| artefact detectors only |"), r.out());
    assertTrue(r.out().contains("Expected calibration error"));
    assertTrue(Files.readString(out.resolve("roc.svg")).startsWith("<svg"));
    assertTrue(Files.readString(out.resolve("report.md")).contains("### Calibration"));
  }

  @Test
  void articleWithoutLabelIsAClearError() throws IOException {
    Path labels = Files.writeString(dir.resolve("labels.csv"), "id,label\nmt,1\n");
    Cli.Run r = Cli.run("eval", "--lm", "none", "--labels", labels.toString(), articles.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().contains("have no label in " + labels + ", e.g. \"clean\""), r.err());
  }

  @Test
  void unknownIdInLabelsIsAClearError() throws IOException {
    Path labels = Files.writeString(dir.resolve("labels.csv"), "id,label\nmt,1\nclean,0\nghost,1\n");
    Cli.Run r = Cli.run("eval", "--lm", "none", "--labels", labels.toString(), articles.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().contains("match no scored article (unknown id or unreadable input), e.g. \"ghost\""), r.err());
  }

  @Test
  void malformedLabelFileIsAClearError() throws IOException {
    Path labels = Files.writeString(dir.resolve("labels.csv"), "id,label\nmt,yes\n");
    Cli.Run r = Cli.run("eval", "--lm", "none", "--labels", labels.toString(), articles.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().startsWith("mtdetect: error: " + labels + ":2: expected id,label"), r.err());
  }

  @Test
  void missingLabelFileIsAClearError() {
    Cli.Run r = Cli.run("eval", "--lm", "none", "--labels", dir.resolve("absent.csv").toString(), articles.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertEquals("mtdetect: error: cannot read labels file " + dir.resolve("absent.csv") + ": no such file", r.err().strip());
  }
}
