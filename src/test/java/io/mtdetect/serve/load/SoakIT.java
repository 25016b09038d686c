package io.mtdetect.serve.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.serve.ScoringServer;
import io.mtdetect.serve.ServerLimits;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak harness of `soak-serve`, short: the real server with two requests in flight at most, four clients
 * (so some are refused with 429 and wait it out), twenty seconds sampled every two.
 */
class SoakIT {
  @Test
  void everyRequestIsAnsweredWithItsOwnRecordOr429AndEveryWindowIsSampled() throws Exception {
    List<String> bodies = List.of(
        "{\"title\":\"Council votes\",\"text\":\"The council voted on Tuesday to keep the library open. The mayor said the"
            + " decision was right. Residents had gathered outside the hall since the morning.\"}",
        "{\"text\":\"Rain is expected across the north on Friday. Forecasters said temperatures would fall to near freezing"
            + " overnight, and drivers were told to take care on rural roads.\"}");
    ServerLimits limits = new ServerLimits(1 << 20, 2, Duration.ofSeconds(60));
    List<SoakSample> seen = new ArrayList<>();
    SoakReport report;
    try (ArticleAnalyzer analyzer = DefaultPipeline.create(ScorerModel.bundled(), 2, null);
        ScoringServer server = ScoringServer.start(new InetSocketAddress("127.0.0.1", 0), analyzer, 2, limits)) {
      report = new SoakTest(URI.create("http://127.0.0.1:" + server.port()), bodies, MemoryProbe.thisProcess())
          .run(4, Duration.ofSeconds(20), 100_000, Duration.ofSeconds(2), seen::add);
    }
    SoakTally.Snapshot answers = report.answers();
    assertTrue(answers.allAnsweredByDesign(), () -> "answers: " + answers);
    assertTrue(answers.ok() > 20, () -> "answers: " + answers);
    assertEquals(0, answers.answeredTwice());
    assertEquals(seen, report.samples());
    assertTrue(report.samples().size() >= 10, () -> report.samples().size() + " samples");
    assertEquals(answers.requests(), report.samples().stream().mapToLong(s -> s.answers().requests()).sum(),
        "every request falls in exactly one window");
    assertTrue(report.samples().stream().allMatch(s -> s.residentBytes() > 0 && s.heapUsedBytes() > 0));
    assertTrue(Double.isFinite(report.growth(4, SoakSample::residentBytes)));
    assertEquals(12, report.samples().get(0).csvLine().split(",").length);
  }
}
