package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.match.RoundTripFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-index end to end on fixtures written here: real originals, a small corpus of distractors, labelled queries. */
class BenchIndexCommandTest {
  @TempDir Path dir;

  private static final String[] TOPICS = {"salmon exports", "a rail strike", "the harvest", "a new bridge", "school meals",
      "wind farms"};

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String[] args(String index, int size) throws IOException {
    Path originals = write("originals.jsonl", "{\"id\":\"wire-1\",\"text\":\"" + String.join("\\n", RoundTripFixture.ORIGINAL)
        + "\"}\n{\"id\":\"other-1\",\"text\":\"The city council approved a new budget for public libraries on Monday evening."
        + "\\nOpening hours will be extended at weekends from next spring, the mayor said.\"}\n");
    List<String> corpus = new ArrayList<>();
    for (String topic : TOPICS) {
      for (int p = 0; p < 3; p++) {
        corpus.add("Officials in district " + p + " met on Thursday to discuss " + topic + " with farmers and traders from the"
            + " region.");
      }
      corpus.add("");
    }
    // A corpus article quoting the query's text may never become a distractor: a match to it would not be false.
    corpus.add(RoundTripFixture.ROUND_TRIP.get(0));
    corpus.add("Officials met again.");
    corpus.add("They said little.");
    Path corpusFile = write("corpus.txt", String.join("\n", corpus) + "\n");
    Path queries = write("queries.jsonl", "{\"id\":\"q-rt\",\"text\":\"" + String.join(" ", RoundTripFixture.ROUND_TRIP)
        + "\"}\n{\"id\":\"q-none\",\"text\":\"Scientists have found water ice in a crater near the Moon's south pole, the"
        + " space agency said on Friday. The discovery could help future crewed missions to the Moon, it added.\"}\n");
    Path truth = write("truth.csv", "id,source,relation,kind,split\nq-rt,wire-1,round-trip,round-trip/test,test\n"
        + "q-none,,none,unindexed/test,test\n");
    return new String[] {"bench-index", "--index", dir.resolve(index).toString(), "--size", Integer.toString(size),
        "--then-add", "2", "--originals", originals.toString(), "--corpus", corpusFile.toString(), "--queries",
        queries.toString(), "--truth", truth.toString(), "--threads", "2"};
  }

  @Test
  void buildsAddsIncrementallyAndMatchesTheQueries() throws IOException {
    Cli.Run r = Cli.run(args("index", 8));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("2 real originals + 6 distractors from 6 corpus articles (18 paragraphs)"), r.err());
    assertTrue(r.out().contains("build: 8 originals in "), r.out());
    assertTrue(r.out().contains("incremental: 2 more added to the 8 in "), r.out());
    assertTrue(r.out().contains("2 queries (test split)"), r.out());
    assertTrue(r.out().contains("top-1 round trips 1.0000, copies n/a, unindexed not matched 1.0000"), r.out());
    assertTrue(r.out().contains("summary: size 8, "), r.out());
  }

  @Test
  void refusesAnIndexDirectoryThatIsNotEmptyInOneLine() throws IOException {
    Files.createDirectories(dir.resolve("used"));
    write("used/segments_1", "x");
    Cli.Run r = Cli.run(args("used", 8));
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("is not empty"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
