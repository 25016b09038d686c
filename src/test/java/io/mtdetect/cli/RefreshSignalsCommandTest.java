package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.signals.LanguageModelSignal;
import io.mtdetect.signals.NgramSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshSignalsCommandTest {
  @TempDir Path dir;

  @Test
  void addsTheLexicalModelToSavedResultsAndKeepsTheOtherFeatures() throws IOException {
    Path input = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"text\":\"The council approved the parks budget on Tuesday. Work begins in the spring.\"}\n");
    Path results = dir.resolve("results.jsonl");
    assertEquals(0, Cli.run("score", "--lm", "none", "-q", "--format", "jsonl", "--out", results.toString(),
        input.toString()).exit());
    ObjectMapper json = new ObjectMapper();
    JsonNode before = json.readTree(Files.readString(results).strip()).get("sentences").get(0);
    assertTrue(before.get("signals").get(NgramSignal.PROBABILITY) == null, "the default run has no lexical model");
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("refresh-signals", "--signals", "ngram", "--out", out.toString(), results.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, Files.readAllLines(out).size());
    JsonNode after = json.readTree(Files.readAllLines(out).get(0)).get("sentences").get(0);
    // the value the shipped model gives that sentence scored on its own (the file keeps 4 decimals)
    assertEquals(probability(before.get("text").asText()), after.get("signals").get(NgramSignal.PROBABILITY).asDouble(), 1e-4);
    assertEquals(before.get("signals").get("lt.spelling"), after.get("signals").get("lt.spelling"));
  }

  private static double probability(String sentence) {
    io.mtdetect.core.SegmentedArticle article = io.mtdetect.TestArticles.body(sentence);
    return io.mtdetect.TestArticles.run(NgramSignal.bundled(), article).get(0).feature(NgramSignal.PROBABILITY);
  }

  @Test
  void addsTheLanguageModelToResultsScoredWithoutIt() throws IOException {
    Path input = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"text\":\"The council approved the parks budget on Tuesday. Work begins in the spring.\"}\n");
    Path without = dir.resolve("without.jsonl");
    Path with = dir.resolve("with.jsonl");
    assertEquals(0, Cli.run("score", "--lm", "none", "-q", "--format", "jsonl", "--out", without.toString(),
        input.toString()).exit());
    assertEquals(0, Cli.run("score", "-q", "--format", "jsonl", "--out", with.toString(), input.toString()).exit());
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("refresh-signals", "--signals", "lm", "--out", out.toString(), without.toString());
    assertEquals(0, r.exit(), r.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode scored = json.readTree(Files.readString(with).strip()).get("sentences");
    JsonNode refreshed = json.readTree(Files.readString(out).strip()).get("sentences");
    assertTrue(json.readTree(Files.readString(without).strip()).get("sentences").get(1).get("signals")
        .get(LanguageModelSignal.SURPRISAL) == null, "scored without the language model");
    for (int i = 0; i < 2; i++) {
      // the same model on the same sentences in the same paragraph: the features a scoring run gives them
      for (String feature : new String[] {LanguageModelSignal.SURPRISAL, LanguageModelSignal.MACHINE_PROBABILITY}) {
        assertEquals(scored.get(i).get("signals").get(feature).asDouble(),
            refreshed.get(i).get("signals").get(feature).asDouble(), 1e-3, feature + " of sentence " + i);
      }
    }
  }

  @Test
  void unknownSignalOrMissingFileIsOneLine() throws IOException {
    Path results = Files.writeString(dir.resolve("r.jsonl"), "");
    Cli.Run r = Cli.run("refresh-signals", "--signals", "gpt", "--out", dir.resolve("o").toString(), results.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().startsWith("mtdetect: error: unknown signal 'gpt'"), r.err());
    Cli.Run runtime = Cli.run("refresh-signals", "--signals", "lm", "--lm-runtime", "tpu", "--out",
        dir.resolve("o").toString(), results.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, runtime.exit());
    assertTrue(runtime.err().contains("unknown language-model runtime 'tpu'"), runtime.err());
    Cli.Run missing = Cli.run("refresh-signals", "--signals", "ngram", "--out", dir.resolve("o").toString(),
        dir.resolve("nope.jsonl").toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, missing.exit());
    assertTrue(missing.err().contains("cannot read results file"), missing.err());
  }
}
