package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshSignalsCommandTest {
  @TempDir Path dir;

  @Test
  void rerunsTheLexicalModelOnSavedResultsAndKeepsTheOtherFeatures() throws IOException {
    Path input = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"text\":\"The council approved the parks budget on Tuesday. Work begins in the spring.\"}\n");
    Path results = dir.resolve("results.jsonl");
    assertEquals(0, Cli.run("score", "--lm", "none", "-q", "--format", "jsonl", "--out", results.toString(),
        input.toString()).exit());
    // a saved result from before the lexical model: its feature is stale
    ObjectMapper json = new ObjectMapper();
    String saved = Files.readString(results).strip();
    String stale = saved.replaceAll("\"ngram.machineProbability\":[0-9.E-]+", "\"ngram.machineProbability\":0.123");
    assertNotEquals(saved, stale);
    Files.writeString(results, stale + "\n");
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("refresh-signals", "--signals", "ngram", "--out", out.toString(), results.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode before = json.readTree(stale).get("sentences").get(0).get("signals");
    JsonNode after = json.readTree(Files.readAllLines(out).get(0)).get("sentences").get(0).get("signals");
    JsonNode fresh = json.readTree(saved).get("sentences").get(0).get("signals");
    assertEquals(fresh.get("ngram.machineProbability").asDouble(), after.get("ngram.machineProbability").asDouble(), 1e-4);
    assertEquals(before.get("lt.spelling"), after.get("lt.spelling"));
    assertEquals(1, Files.readAllLines(out).size());
  }

  @Test
  void unknownSignalOrMissingFileIsOneLine() throws IOException {
    Path results = Files.writeString(dir.resolve("r.jsonl"), "");
    Cli.Run r = Cli.run("refresh-signals", "--signals", "lm", "--out", dir.resolve("o").toString(), results.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().startsWith("mtdetect: error: unknown signal 'lm'"), r.err());
    Cli.Run missing = Cli.run("refresh-signals", "--signals", "ngram", "--out", dir.resolve("o").toString(),
        dir.resolve("nope.jsonl").toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, missing.exit());
    assertTrue(missing.err().contains("cannot read results file"), missing.err());
  }
}
