package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2,000-article run through the launcher, killed with SIGKILL (kill -9) at random points five
 * times and resumed each time with {@code score --resume}: afterwards every article is in the
 * output exactly once, in input order, and every line is a whole record.
 */
class ResumeAfterKillIT {
  private static final int ARTICLES = 2_000;
  private static final int KILLS = 5;

  @TempDir Path dir;

  private Process start(Path in, Path out) throws IOException {
    return new ProcessBuilder("scripts/mtdetect", "score", "--quiet", "--lm", "none", "--threads", "2", "--format", "jsonl",
        "--out", out.toString(), "--resume", in.toString())
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
  }

  private static long lines(Path out) throws IOException {
    if (!Files.exists(out)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(out);
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }

  @Test
  void killedFiveTimesAndResumedEveryArticleIsThereOnceInOrder() throws Exception {
    List<String> input = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      input.add("{\"id\":\"n" + i + "\",\"text\":\"Officials in district " + i + " said on Tuesday that the bridge would reopen"
          + " next month. Repairs cost more than expected, they added.\"}");
    }
    Path in = Files.write(dir.resolve("in.jsonl"), input, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Random random = new Random(20261123);
    int killedMidRun = 0;
    for (int k = 0; k < KILLS; k++) {
      long before = lines(out);
      Process p = start(in, out);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (p.isAlive() && lines(out) <= before && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(random.nextInt(1500));
      if (p.isAlive()) {
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        killedMidRun++;
      }
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    }
    assertTrue(killedMidRun >= 3, "the kills must land while the run is going (" + killedMidRun + " did)");

    Process finish = start(in, out);
    assertTrue(finish.waitFor(5, TimeUnit.MINUTES), "the resumed run finishes");
    assertEquals(0, finish.exitValue(), Files.readString(dir.resolve("stderr")));

    List<String> records = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(ARTICLES, records.size());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < ARTICLES; i++) {
      assertEquals("n" + i, json.readTree(records.get(i)).get("id").asText(), "record " + (i + 1));
    }
  }
}
