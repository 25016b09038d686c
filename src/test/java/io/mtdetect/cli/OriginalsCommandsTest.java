package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mtdetect.match.RoundTripFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, score --originals and compare from the command line, on fixtures written here. */
class OriginalsCommandsTest {
  @TempDir Path dir;
  Path index;

  @BeforeEach
  void indexOriginals() throws IOException {
    index = dir.resolve("index");
    Files.writeString(dir.resolve("originals.jsonl"), String.join("\n",
        line("wire-1", "Putin warns the West", String.join("\\n", RoundTripFixture.ORIGINAL), "https://example.org/wire-1"),
        line("other-1", "Libraries", "The city council approved a new budget for public libraries on Monday evening.\\n"
            + "Opening hours will be extended at weekends from next spring, the mayor said.", null)) + "\n");
    Cli.Run r = Cli.run("index", "--index", index.toString(), dir.resolve("originals.jsonl").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2 added, 0 replaced, 0 failed"), r.out());
  }

  private static String line(String id, String title, String text, String url) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\""
        + (url == null ? "" : ",\"url\":\"" + url + "\"") + "}";
  }

  @Test
  void reAddingReplacesAndMalformedInputsGiveOneLineEachWithoutLosingTheRest() throws IOException {
    Files.writeString(dir.resolve("mixed.jsonl"), line("wire-1", "Again", "Putin warned the West again on Friday.", null)
        + "\n{not json\n{\"id\":\"empty\",\"text\":\"\"}\n" + line("new-1", "New", "A new article about salmon exports.", null)
        + "\n");
    Cli.Run r = Cli.run("index", "--index", index.toString(), dir.resolve("mixed.jsonl").toString(),
        dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(r.out().contains("1 added, 1 replaced, 3 failed"), r.out());
    assertEquals(3, r.err().lines().filter(l -> l.startsWith("mtdetect: ")).count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void scoreWithOriginalsReportsTheOriginalTheAlignmentAndTheChanges() throws IOException {
    Path repost = dir.resolve("repost.txt");
    Files.writeString(repost, "Putin warns the West\n" + String.join(" ", RoundTripFixture.ROUND_TRIP) + "\n");
    Path unrelated = dir.resolve("unrelated.txt");
    Files.writeString(unrelated, "Moon ice\nScientists have found water ice in a crater near the Moon's south pole, "
        + "the space agency said on Friday.\nThe discovery could help future crewed missions to the Moon, it added.\n");
    Path copy = dir.resolve("copy.txt");
    Files.writeString(copy, "Putin warns the West\nAdvertisement\n" + String.join("\n", RoundTripFixture.ORIGINAL)
        + "\nShare this article\n");
    Cli.Run r = Cli.run("score", "--lm", "none", "-f", "jsonl", "--originals", index.toString(), repost.toString(),
        unrelated.toString(), copy.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode matched = r.records().get(0);
    JsonNode original = matched.get("original");
    assertEquals("wire-1", original.get("id").asText());
    assertEquals("https://example.org/wire-1", original.get("url").asText());
    assertEquals("round-trip", original.get("relation").asText());
    assertTrue(matched.get("mtProbability").asDouble() >= 0.99, "a round trip of an indexed original is machine-translated");
    assertEquals("machine-translated", matched.get("verdict").asText());
    JsonNode first = matched.get("sentences").get(0);
    assertEquals(0, first.get("alignedTo").get("index").asInt());
    boolean poutin = false;
    for (JsonNode e : first.get("evidence")) {
      poutin |= e.get("kind").asText().equals("original") && e.get("message").asText().equals("\"Poutin\" was \"Putin\"");
    }
    assertTrue(poutin, first.toString());
    assertTrue(r.records().get(1).has("original") && r.records().get(1).get("original").isNull(),
        "searched and found nothing: original is null");

    JsonNode copied = r.records().get(2);
    assertEquals("copy", copied.get("original").get("relation").asText());
    assertTrue(copied.get("mtProbability").asDouble() <= 0.05, "a copy of an original is not a translation");
    assertEquals("clean", copied.get("verdict").asText());

    Cli.Run plain = Cli.run("score", "--lm", "none", "-f", "jsonl", unrelated.toString());
    assertFalse(plain.records().get(0).has("original"), "without --originals the field is absent");
  }

  @Test
  void savedResultsKeepTheOriginalThroughReportIntoCsvAndHtml() throws IOException {
    Path repost = dir.resolve("repost.txt");
    Files.writeString(repost, "Putin warns the West\n" + String.join(" ", RoundTripFixture.ROUND_TRIP) + "\n");
    Path results = dir.resolve("results.jsonl");
    Cli.Run scored = Cli.run("score", "--lm", "none", "-f", "jsonl", "--originals", index.toString(), "--out",
        results.toString(), repost.toString(), "seeds/003_1e948bf9bd27d1c1.txt");
    assertEquals(0, scored.exit(), scored.err());

    Cli.Run csv = Cli.run("report", "--format", "csv", results.toString());
    assertEquals(0, csv.exit(), csv.err());
    java.util.List<org.apache.commons.csv.CSVRecord> rows;
    try (java.io.Reader in = new java.io.StringReader(csv.out())) {
      rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
    assertEquals("wire-1", rows.get(0).get("original_id"));
    assertEquals("round-trip", rows.get(0).get("original_relation"));
    assertEquals("", rows.get(1).get("original_id"), "the seed matches nothing in this index");

    Cli.Run html = Cli.run("report", "--format", "html", results.toString());
    assertTrue(html.out().contains("class=\"original\" data-relation=\"round-trip\""), html.out());
    assertTrue(html.out().contains("data-relation=\"none\""), "searched, nothing found");
    assertTrue(html.out().contains("aligned to original sentence 0: Russian President Vladimir Putin warned"));
  }

  @Test
  void aMissingIndexIsAOneLineUsageError() {
    Cli.Run r = Cli.run("score", "--lm", "none", "--originals", dir.resolve("nowhere").toString(), "seeds/");
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no index of originals"), r.err());
  }
}
