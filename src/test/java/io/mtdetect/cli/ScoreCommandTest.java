package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;

  @Test
  void scoresSeedsAsJsonLinesWithTheDocumentedFields() throws IOException {
    Cli.Run r = Cli.run("score", "--format", "jsonl", "seeds/");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> records = r.records();
    assertEquals(5, records.size());
    for (JsonNode a : records) {
      for (String field : List.of("id", "source", "mtProbability", "quality", "verdict", "sentences", "skipped")) {
        assertTrue(a.has(field), field + " missing in " + a.get("id"));
      }
      // Seed 002 opens with its lede, a whole paragraph: no title, the line is scored.
      assertEquals(!a.get("id").asText().startsWith("002_"), a.has("title"), "title of " + a.get("id"));
      JsonNode s = a.get("sentences").get(0);
      for (String field : List.of("index", "start", "end", "text", "mtProbability", "signals", "evidence")) {
        assertTrue(s.has(field), "sentence field " + field);
      }
    }
    double p000 = records.get(0).get("mtProbability").asDouble();
    double p001 = records.get(1).get("mtProbability").asDouble();
    double p003 = records.get(3).get("mtProbability").asDouble();
    double p004 = records.get(4).get("mtProbability").asDouble();
    assertTrue(Math.min(p000, p001) > Math.max(p003, p004));
    assertEquals("000_d1139157ce98809a.txt", records.get(0).get("id").asText());
  }

  @Test
  void offsetsPointIntoTheOriginalFile() throws IOException {
    Cli.Run r = Cli.run("score", "-f", "jsonl", "seeds/001_6c04b11d307fba50.txt");
    String text = Files.readString(Path.of("seeds/001_6c04b11d307fba50.txt"));
    for (JsonNode s : r.records().get(0).get("sentences")) {
      assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
      for (JsonNode e : s.get("evidence")) {
        assertTrue(e.get("start").asInt() >= s.get("start").asInt() && e.get("end").asInt() <= s.get("end").asInt());
        assertFalse(e.get("rule").asText().isEmpty());
      }
    }
  }

  @Test
  void tableIsTheDefaultAndShowsVerdicts() {
    Cli.Run r = Cli.run("score", "seeds/000_d1139157ce98809a.txt", "seeds/003_1e948bf9bd27d1c1.txt");
    assertEquals(0, r.exit());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[0].contains("QUALITY"));
    assertTrue(lines[1].contains("machine-translated") && lines[1].contains("000_d1139157ce98809a.txt"));
    assertTrue(lines[2].contains("clean"));
  }

  @Test
  void badItemsAreNamedOnStderrAndTheRestScored() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path jsonl = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"ok\",\"text\":\"The council met on Tuesday and approved the budget.\"}\n{broken\n");
    Cli.Run r = Cli.run("score", "-f", "jsonl", "nope.txt", latin1.toString(), jsonl.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    String[] errLines = r.err().strip().split("\n");
    assertTrue(r.err().contains("mtdetect: nope.txt: no such file or directory"), r.err());
    assertTrue(r.err().contains(latin1 + ": not valid UTF-8"), r.err());
    assertTrue(r.err().contains(jsonl + ":2: malformed JSON"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(4, errLines.length, r.err()); // three items and the summary
    List<JsonNode> records = r.records();
    assertEquals(4, records.size());
    assertEquals("ok", records.get(2).get("id").asText());
    assertTrue(records.get(2).has("verdict"));
    assertTrue(records.get(0).has("error"));
  }

  @Test
  void halfASurrogatePairInATextDoesNotStopTheRecordsWrittenToAFile() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("odd.jsonl"),
        "{\"id\":\"odd\",\"text\":\"The council met on Tuesday \\ud83d and approved the budget.\"}\n"
            + "{\"id\":\"next\",\"text\":\"The mayor said the library would stay open all summer.\"}\n");
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("score", "--lm", "none", "-f", "jsonl", "--out", out.toString(), jsonl.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).contains("\"id\":\"odd\"") && lines.get(1).contains("\"id\":\"next\""));
  }

  @Test
  void nothingScoredAndUsageErrorsExitWithTwo() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Cli.Run nothing = Cli.run("score", empty.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, nothing.exit());
    assertTrue(nothing.err().contains("empty article"));
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, Cli.run("score", "--format", "xml", "seeds/").exit());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, Cli.run("score").exit());
    Cli.Run threshold = Cli.run("score", "--threshold", "1.5", "seeds/");
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, threshold.exit());
    assertTrue(threshold.err().startsWith("mtdetect: error: --threshold"));
  }

  @Test
  void readsStdinAndWritesToOutFile() throws IOException {
    Path out = dir.resolve("out.json");
    Cli.Run r = Cli.runWithStdin("Council approves budget\nThe council approved the parks budget on Tuesday.\n",
        "score", "--format", "json", "--out", out.toString(), "-");
    assertEquals(0, r.exit(), r.err());
    JsonNode array = new ObjectMapper().readTree(out.toFile());
    assertEquals(1, array.size());
    assertEquals("stdin", array.get(0).get("id").asText());
    assertEquals("Council approves budget", array.get(0).get("title").asText());
  }

  @Test
  void thresholdChangesTheVerdict() throws IOException {
    String seed = "seeds/004_2f423e9e78f9098c.txt";
    double p = Cli.run("score", "-f", "jsonl", seed).records().get(0).get("mtProbability").asDouble();
    assertTrue(p > 0.02 && p < 0.98, "the test needs a probability away from 0 and 1: " + p);
    Cli.Run below = Cli.run("score", "-f", "jsonl", "--threshold", Double.toString(p - 0.01), seed);
    assertEquals("machine-translated", below.records().get(0).get("verdict").asText());
    Cli.Run above = Cli.run("score", "-f", "jsonl", "--threshold", Double.toString(p + 0.01), seed);
    assertFalse(above.records().get(0).get("verdict").asText().equals("machine-translated"));
  }
}
