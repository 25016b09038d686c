package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.match.RoundTripFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir Path dir;

  /** Writes the fixture's repost and original as text files (first line the title); returns them. */
  static Path[] fixture(Path dir) throws IOException {
    Path repost = dir.resolve("repost.txt");
    Files.writeString(repost, "Putin warns the West\n" + String.join(" ", RoundTripFixture.ROUND_TRIP) + "\n");
    Path original = dir.resolve("original.txt");
    Files.writeString(original, "Putin warns the West\n" + String.join("\n", RoundTripFixture.ORIGINAL) + "\n");
    return new Path[] {repost, original};
  }

  @Test
  void jsonHasTheRelationRowsAndChanges() throws IOException {
    Path[] files = fixture(dir);
    Cli.Run r = Cli.run("compare", "-f", "json", files[0].toString(), files[1].toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode c = new ObjectMapper().readTree(r.out());
    assertEquals("round-trip", c.get("relation").asText());
    assertEquals(1.0, c.get("coverage").asDouble());
    JsonNode rows = c.get("rows");
    assertEquals(4, rows.size());
    assertEquals("[2,3]", rows.get(2).get("aSentences").toString(), "the split sentence is one row");
    boolean poutin = false;
    for (JsonNode change : rows.get(0).get("changes")) {
      poutin |= change.get("a").asText().equals("Poutin") && change.get("b").asText().equals("Putin");
    }
    assertTrue(poutin, rows.get(0).toString());
  }

  @Test
  void tableListsTheChangesUnderEachRow() throws IOException {
    Path[] files = fixture(dir);
    Cli.Run r = Cli.run("compare", files[0].toString(), files[1].toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("relation round-trip"), r.out());
    assertTrue(r.out().contains("\"Poutin\" was \"Putin\""), r.out());
    assertTrue(r.out().contains("\"the universe very\" was \"full\""), r.out());
  }

  @Test
  void aMissingInputIsOneLine() throws IOException {
    Path[] files = fixture(dir);
    Cli.Run r = Cli.run("compare", files[0].toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
