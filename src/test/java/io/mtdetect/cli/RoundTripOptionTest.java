package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.roundtrip.RoundTripPool;
import io.mtdetect.signals.RoundTripSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --roundtrip}: runs Apertium where it is installed (.ci/run installs it); skipped elsewhere. */
class RoundTripOptionTest {
  @TempDir Path dir;

  @Test
  void scoreWithRoundTripWritesItsMeasuresForEverySentence() throws IOException {
    assumeTrue(RoundTripPool.available(RoundTripPool.DEFAULT_PIVOTS), "Apertium with eng-spa and eng-cat not installed");
    Path input = Files.writeString(dir.resolve("a.txt"),
        "Council approves budget\n\nThe council approved the parks budget on Tuesday. Work begins in the spring.\n");
    Cli.Run plain = Cli.run("score", "--lm", "none", "-q", "--format", "jsonl", input.toString());
    Cli.Run r = Cli.run("score", "--lm", "none", "-q", "--roundtrip", "--format", "jsonl", input.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode record = new ObjectMapper().readTree(r.out().strip());
    assertEquals(2, record.get("sentences").size());
    for (JsonNode s : record.get("sentences")) {
      double chrF = s.get("signals").get(RoundTripSignal.CHRF).asDouble();
      assertTrue(chrF > 0 && chrF <= 1, "chrF " + chrF);
    }
    assertTrue(!plain.out().contains(RoundTripSignal.CHRF), "off by default");
  }
}
