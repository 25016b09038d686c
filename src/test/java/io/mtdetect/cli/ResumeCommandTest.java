package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeCommandTest {
  @TempDir Path dir;

  private Path articles(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add("{\"id\":\"a" + i + "\",\"text\":\"The council met on Monday to discuss item " + i
          + ". Members approved the plan after a long debate.\"}");
    }
    return Files.write(dir.resolve("in.jsonl"), lines);
  }

  private static List<String> ids(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      ids.add(json.readTree(line).get("id").asText());
    }
    return ids;
  }

  @Test
  void resumingAnInterruptedOutputScoresEachRemainingItemOnceInOrder() throws IOException {
    Path in = articles(6);
    Path out = dir.resolve("out.jsonl");
    Cli.Run first = Cli.run("score", "--lm", "none", "-f", "jsonl", "--out", out.toString(), in.toString());
    assertEquals(0, first.exit(), first.err());
    List<String> lines = Files.readAllLines(out);
    // As a kill -9 leaves it: two records, and the third cut mid-line.
    Files.writeString(out, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40));

    Cli.Run resumed = Cli.run("score", "--lm", "none", "-f", "jsonl", "--out", out.toString(), "--resume", in.toString());
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.err().contains("resuming after 2 articles"), resumed.err());
    assertEquals(List.of("a0", "a1", "a2", "a3", "a4", "a5"), ids(out));
    assertEquals(lines, Files.readAllLines(out), "the same records as an uninterrupted run");

    Cli.Run again = Cli.run("score", "--lm", "none", "-f", "jsonl", "--out", out.toString(), "--resume", in.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(6, Files.readAllLines(out).size(), "a finished run resumed adds nothing");
  }

  @Test
  void resumingWithOtherInputsOrWithoutJsonLinesIsRefused() throws IOException {
    Path in = articles(3);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "{\"id\":\"other\",\"mtProbability\":0.5}\n");
    Cli.Run r = Cli.run("score", "--lm", "none", "-f", "jsonl", "--out", out.toString(), "--resume", in.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().contains("record 1 is other but input item 1 is a0: not the same inputs"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());

    Cli.Run csv = Cli.run("score", "--lm", "none", "-f", "csv", "--out", out.toString(), "--resume", in.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, csv.exit());
    assertTrue(csv.err().contains("--resume needs --out FILE and --format jsonl"), csv.err());
  }
}
