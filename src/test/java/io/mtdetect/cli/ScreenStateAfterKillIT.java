package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.ingest.feed.SeenItems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code screen --state} killed with SIGKILL at random points: whenever the process dies, the state
 * file is absent or a whole state (the previous run's or this one's), never half written; the next
 * run picks up from it.
 */
class ScreenStateAfterKillIT {
  private static final int ITEMS = 300;

  @TempDir Path dir;

  private Process screen(Path feed, Path state) throws Exception {
    return new ProcessBuilder("scripts/mtdetect", "screen", "--quiet", "--no-fetch", "--lm", "none", "--format", "jsonl",
        "--state", state.toString(), feed.toString())
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
  }

  @Test
  void theStateFileIsNeverHalfWritten() throws Exception {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Test feed</title><link>https://example.org/</link><description>kill test</description>\n");
    for (int i = 0; i < ITEMS; i++) {
      rss.append("<item><guid>urn:kill:").append(i).append("</guid><title>Item ").append(i)
          .append("</title><description>The committee met on Tuesday to review proposal ").append(i)
          .append(". Members said they would vote on it next week.</description></item>\n");
    }
    rss.append("</channel></rss>\n");
    Path feed = Files.writeString(dir.resolve("feed.rss"), rss, StandardCharsets.UTF_8);
    Path state = dir.resolve("state.json");
    Random random = new Random(7);
    for (int k = 0; k < 6; k++) {
      Process p = screen(feed, state);
      Thread.sleep(2000 + random.nextInt(6000));
      p.destroyForcibly();
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      if (Files.exists(state)) {
        int size = SeenItems.load(state).size(); // throws if half written
        assertTrue(size == 0 || size == ITEMS, "a whole state, got " + size + " items");
      }
    }
    Process finish = screen(feed, state);
    assertTrue(finish.waitFor(5, TimeUnit.MINUTES));
    assertEquals(ITEMS, SeenItems.load(state).size());
    Process again = screen(feed, state);
    assertTrue(again.waitFor(5, TimeUnit.MINUTES));
    assertEquals(ExitCodes.OK, again.exitValue(), Files.readString(dir.resolve("stderr")));
    assertEquals("", Files.readString(dir.resolve("stdout")).strip(), "every item was already seen");
  }
}
