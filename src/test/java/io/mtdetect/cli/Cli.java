package io.mtdetect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process against captured streams. */
final class Cli {
  private Cli() {}

  record Run(int exit, String out, String err) {
    /** stdout parsed as JSON Lines. */
    List<JsonNode> records() throws IOException {
      List<JsonNode> list = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          list.add(new ObjectMapper().readTree(line));
        }
      }
      return list;
    }
  }

  static Run run(String... args) {
    return runWithStdin("", args);
  }

  static Run runWithStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int exit = MtDetect.run(console, args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
