package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the launcher script and the packaged jar, as a user runs it (Failsafe, mvn verify). */
class LauncherIT {
  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private Result launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("scripts/mtdetect"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher timed out");
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void scoresTheSeedsAsJsonLines() throws Exception {
    Result r = launch("score", "--format", "jsonl", "seeds/");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> records = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      records.add(new ObjectMapper().readTree(line));
    }
    assertEquals(5, records.size());
    double lowestRoundTrip = Math.min(records.get(0).get("mtProbability").asDouble(), records.get(1).get("mtProbability").asDouble());
    double highestClean = Math.max(records.get(3).get("mtProbability").asDouble(), records.get(4).get("mtProbability").asDouble());
    assertTrue(lowestRoundTrip > highestClean);
  }

  @Test
  void fiftyMegabyteFileIsOneClearLineAndTheRestIsScored() throws Exception {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Result r = launch("score", "-q", "--format", "jsonl", big.toString(), "seeds/003_1e948bf9bd27d1c1.txt");
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertEquals("mtdetect: " + big + ": too large for one article (52.4 MB; the limit is 10.5 MB)", r.err().strip());
    assertEquals(2, r.out().strip().split("\n").length);
  }

  @Test
  void fiftyMegabytePageIsOneClearLineAndTheRestIsScored() throws Exception {
    Path big = dir.resolve("big.html");
    String paragraph = "<p>" + "The council met again on Tuesday to discuss the budget. ".repeat(20) + "</p>\n";
    try (var out = Files.newBufferedWriter(big)) {
      out.write("<html><body><article>");
      for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length()) {
        out.write(paragraph);
      }
      out.write("</article></body></html>");
    }
    Result r = launch("score", "-q", "--format", "jsonl", big.toString(), "src/test/resources/pages/news-with-furniture.html");
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertEquals("mtdetect: " + big + ": page too large (over the 10.5 MB limit)", r.err().strip());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    // The page with a menu, share bar, comments and footer: only its four article paragraphs are scored.
    JsonNode page = new ObjectMapper().readTree(lines[1]);
    assertEquals("Council approves new budget for city parks", page.get("title").asText());
    for (JsonNode sentence : page.get("sentences")) {
      String text = sentence.get("text").asText();
      for (String furniture : new String[] {"Sport", "Share", "Advertisement", "Related", "comments", "Finally", "rights"}) {
        assertTrue(!text.contains(furniture), text);
      }
    }
    assertEquals(4, page.get("sentences").get(page.get("sentences").size() - 1).get("paragraph").asInt() + 1);
  }

  /**
   * 10,000 articles through a 256 MB heap with every default signal on, the language model included (its
   * weights live in native memory): results are written as they are scored (the first
   * arrives while the run is far from done) and nothing accumulates, so the heap stays bounded.
   */
  @Test
  void tenThousandArticlesStreamThroughABoundedHeap() throws Exception {
    List<String> sentences = new ArrayList<>();
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
          if (line.split(" ").length >= 8 && line.endsWith(".")) {
            sentences.add(line);
          }
        }
      }
    }
    Path input = dir.resolve("10k.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (var out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 10_000; i++) {
        String text = sentences.get(i % sentences.size()) + " " + sentences.get((7 * i + 3) % sentences.size());
        out.write(json.writeValueAsString(java.util.Map.of("id", "a" + i, "text", text)));
        out.write('\n');
      }
    }
    Path results = dir.resolve("10k-results.jsonl");
    ProcessBuilder builder = new ProcessBuilder("scripts/mtdetect", "score", "--quiet", "--format", "jsonl",
        "--out", results.toString(), input.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("10k-log").toFile());
    builder.environment().put("MTDETECT_JAVA_OPTS", "-Xmx256m");
    Process p = builder.start();
    long firstResultLines = 0;
    while (p.isAlive() && firstResultLines == 0) {
      Thread.sleep(200);
      firstResultLines = Files.exists(results) ? Files.lines(results).count() : 0;
    }
    assertTrue(firstResultLines > 0 && firstResultLines < 5_000,
        "results appear while scoring goes on (" + firstResultLines + " lines when first seen)");
    assertTrue(p.waitFor(12, TimeUnit.MINUTES), "10k articles timed out");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("10k-log")));
    assertEquals(10_000, Files.lines(results).count());
  }
}
