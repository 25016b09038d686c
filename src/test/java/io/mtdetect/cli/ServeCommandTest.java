package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** serve takes the models from the same options as score: a bad one is a one-line usage error before it listens. */
class ServeCommandTest {
  @Test
  void refusesAThresholdOutsideZeroToOneLikeScore() {
    Cli.Run r = Cli.run("serve", "--port", "0", "--lm", "none", "--threshold", "1.5");
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit(), r.err());
    assertTrue(r.err().contains("--threshold must be between 0 and 1"), r.err());
    assertFalse(r.err().contains("serving on"), r.err());
  }

  @Test
  void refusesAMissingScorerFileInOneLine() {
    Cli.Run r = Cli.run("serve", "--port", "0", "--lm", "none", "--scorer", "no-such-scorer.json");
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit(), r.err());
    assertTrue(r.err().contains("cannot load scorer no-such-scorer.json"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }
}
