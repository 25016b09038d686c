package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  private static final String FEEDS = "src/test/resources/feeds/";

  @TempDir Path dir;

  @Test
  void rssAndAtomFeedsOfTheSeedsAreRankedWorstFirst() throws Exception {
    for (String feed : List.of("seeds.rss", "seeds.atom")) {
      Cli.Run r = Cli.run("screen", "--no-fetch", "--format", "jsonl", FEEDS + feed);
      assertEquals(ExitCodes.FLAGGED, r.exit(), r.err()); // 000 and 001 are flagged
      List<JsonNode> items = r.records();
      assertEquals(5, items.size(), feed);
      assertEquals(Set.of("urn:mtdetect:test:000", "urn:mtdetect:test:001"),
          Set.of(items.get(0).get("id").asText(), items.get(1).get("id").asText()), feed);
      for (int i = 1; i < items.size(); i++) {
        assertTrue(items.get(i - 1).get("mtProbability").asDouble() >= items.get(i).get("mtProbability").asDouble());
      }
      for (JsonNode item : items) {
        assertEquals("content", item.get("textFrom").asText());
      }
    }
  }

  @Test
  void malformedFeedExitsTwoWithOneLine() {
    Cli.Run r = Cli.run("screen", "--no-fetch", FEEDS + "malformed.rss");
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    List<String> lines = r.err().lines().filter(l -> l.contains("malformed.rss")).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("mtdetect: " + FEEDS + "malformed.rss: not a readable RSS or Atom feed"));
  }

  @Test
  void everyItemAppearsScoredOrWithAnError() throws Exception {
    Cli.Run r = Cli.run("screen", "--no-fetch", "--format", "jsonl", "--threshold", "0.99",
        FEEDS + "summaries.rss", FEEDS + "empty.rss", FEEDS + "malformed.rss");
    assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.err());
    List<JsonNode> records = r.records();
    assertEquals(4, records.size()); // the teaser, the textless item, the empty feed, the malformed feed
    assertEquals("summary", records.get(0).get("textFrom").asText());
    assertFalse(records.get(0).has("error"));
    assertTrue(records.stream().anyMatch(x -> x.get("id").asText().equals("urn:t:2")
        && x.get("error").asText().startsWith("item has no text")));
    assertTrue(records.stream().anyMatch(x -> x.path("error").asText().equals("feed has no items")));
  }

  @Test
  void stateSkipsItemsAlreadyScreened() throws Exception {
    String state = dir.resolve("state.json").toString();
    Cli.Run first = Cli.run("screen", "--no-fetch", "--lm", "none", "--format", "jsonl", "--state", state, FEEDS + "seeds.rss");
    assertEquals(5, first.records().size(), first.err());
    Cli.Run second = Cli.run("screen", "--no-fetch", "--lm", "none", "--format", "jsonl", "--state", state,
        FEEDS + "seeds.rss", FEEDS + "seeds.atom");
    assertEquals(ExitCodes.OK, second.exit(), second.err());
    assertEquals(0, second.records().size()); // same guids and content in both feeds
    assertTrue(second.err().contains("10 already seen"), second.err());
  }
}
