package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void printsThroughputStagesAndTheRatioToLanguageToolAlone() {
    Cli.Run r = Cli.run("bench", "--lm", "none", "--threads", "1", "seeds/003_1e948bf9bd27d1c1.txt");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.contains("inputs: seeds/003_1e948bf9bd27d1c1.txt: 1 articles, "), out);
    Matcher endToEnd = Pattern.compile("end-to-end: [\\d.]+ articles/s, ([\\d.]+) sentences/s").matcher(out);
    assertTrue(endToEnd.find(), out);
    assertTrue(Double.parseDouble(endToEnd.group(1)) > 0);
    for (String stage : new String[] {"segmentation", "LanguageTool", "language model", "other signals", "scoring"}) {
      assertTrue(out.contains("  " + stage + " "), stage);
    }
    assertTrue(Pattern.compile("LanguageTool alone \\(default en-US rules, same paragraphs, 1 threads\\): [\\d.]+ sentences/s")
        .matcher(out).find(), out);
    assertTrue(Pattern.compile("ratio, mtdetect end-to-end / LanguageTool alone: [\\d.]+x").matcher(out).find(), out);
    assertTrue(Pattern.compile("start-up: models loaded [\\d.]+ s after JVM start; first article \\(a seed, cold\\) scored at [\\d.]+ s")
        .matcher(out).find(), out);
  }
}
