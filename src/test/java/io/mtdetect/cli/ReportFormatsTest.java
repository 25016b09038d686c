package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {
  @TempDir Path dir;

  @Test
  void csvParsesBackWithAStandardReaderOneRowPerArticle() throws Exception {
    Cli.Run r = Cli.run("score", "--lm", "none", "--format", "csv", "seeds/", "missing.txt");
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    List<CSVRecord> rows;
    try (Reader in = new StringReader(r.out())) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    assertEquals(6, rows.size());
    for (CSVRecord row : rows.subList(0, 5)) {
      double p = Double.parseDouble(row.get("mt_probability"));
      assertTrue(p >= 0 && p <= 1);
      int quality = Integer.parseInt(row.get("quality"));
      assertTrue(quality >= 0 && quality <= 100);
      assertTrue(!row.get("verdict").equals("clean") || quality >= 50, "a clean row below quality 50");
      // Seed 002 opens with its lede (a whole paragraph), so it has no title.
      assertTrue(row.get("id").startsWith("002_") ? row.get("title").isEmpty() : row.get("title").length() > 5, row.get("id"));
      assertEquals("", row.get("page_type"), "text files are no web pages");
      assertEquals("", row.get("error"));
    }
    assertEquals("no such file or directory", rows.get(5).get("error"));
  }

  @Test
  void reportRendersSavedJsonLinesWithoutScoringAgain() throws Exception {
    Path results = dir.resolve("results.jsonl");
    Cli.Run scored = Cli.run("score", "--lm", "none", "--format", "jsonl", "--out", results.toString(), "seeds/");
    assertEquals(0, scored.exit(), scored.err());
    Cli.Run csv = Cli.run("report", "--format", "csv", results.toString());
    assertEquals(0, csv.exit(), csv.err());
    assertEquals(6, csv.out().lines().count()); // header + 5
    assertTrue(csv.err().startsWith("mtdetect: 5 articles: "), csv.err());

    Files.writeString(results, "{\"broken\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Cli.Run withBadLine = Cli.run("report", "--format", "jsonl", results.toString());
    assertEquals(ExitCodes.SOME_FAILED, withBadLine.exit());
    assertEquals(5, withBadLine.records().size());
    assertTrue(withBadLine.err().contains("results.jsonl:6: not a mtdetect result record"), withBadLine.err());
  }

  @Test
  void htmlReportIsOneSelfContainedPageWorstFirst() throws Exception {
    Cli.Run r = Cli.run("score", "--lm", "none", "--format", "html", "seeds/");
    assertEquals(0, r.exit(), r.err());
    String html = r.out();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(5, html.split("<details class=\"article ", -1).length - 1);
    assertTrue(!html.contains("src=\"http") && !html.contains("href=\"http"), "no external resources");
    int first001 = html.indexOf("data-id=\"001_");
    int first003 = html.indexOf("data-id=\"003_");
    assertTrue(first001 > 0 && first001 < first003, "001 ranks above 003");
  }
}
