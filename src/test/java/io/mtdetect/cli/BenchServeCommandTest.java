package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchServeCommandTest {
  @Test
  void loadsTheServiceOnLoopbackAndReportsThroughputLatencyAndNoLostResponses() {
    Cli.Run r = Cli.run("bench-serve", "--lm", "none", "--clients", "2", "--duration", "2", "--threads", "1", "seeds");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("inputs: seeds: 5 articles"), r.out());
    Matcher service = Pattern.compile("service: (\\d+) responses in [\\d.]+ s = ([\\d.]+) articles/s").matcher(r.out());
    assertTrue(service.find(), r.out());
    assertTrue(Integer.parseInt(service.group(1)) >= 2, "both clients were answered at least once: " + r.out());
    assertTrue(Double.parseDouble(service.group(2)) > 0, r.out());
    assertTrue(r.out().matches("(?s).*latency: p50 [\\d.]+ s  p95 [\\d.]+ s  p99 [\\d.]+ s.*"), r.out());
    assertTrue(r.out().contains("errors: 0 HTTP errors {}, 0 lost responses"), r.out());
    assertTrue(r.out().contains("service / faster batch: "), r.out());
  }

  @Test
  void refusesAServiceOffThisMachine() {
    Cli.Run r = Cli.run("bench-serve", "--url", "http://example.org:8080", "seeds");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("loopback"), r.err());
  }
}
