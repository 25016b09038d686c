package io.mtdetect.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.TestArticles;
import io.mtdetect.cli.Console;
import io.mtdetect.cli.MtDetect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] mode on the seeds gives exactly the CLI's records. */
class SparkJobIT {
  private static SparkSession spark;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().appName("mtdetect-test").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private Path seedsAsJsonLines() throws IOException {
    List<String> lines = new ArrayList<>(TestArticles.seedsAsJsonLines());
    lines.add("{\"id\": \"empty\", \"text\": \"\"}"); // an error record must come out the same too
    return Files.write(dir.resolve("seeds.jsonl"), lines, StandardCharsets.UTF_8);
  }

  /** The lines of a Spark text output's part files. */
  private static List<String> partLines(Path output) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static Map<String, JsonNode> byId(List<String> jsonLines) throws IOException {
    Map<String, JsonNode> records = new TreeMap<>();
    for (String line : jsonLines) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        records.put(node.get("id").asText(), node);
      }
    }
    return records;
  }

  private static List<String> cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    MtDetect.run(console, args);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void sparkGivesTheClisRecordsForTheSeeds() throws Exception {
    Path input = seedsAsJsonLines();
    Map<String, JsonNode> expected = byId(cli("score", "--quiet", "--format", "jsonl", input.toString()));
    assertEquals(6, expected.size());

    Path output = dir.resolve("out-jsonl");
    long written = SparkScoreJob.run(spark, new SparkScoreJob.Options(input.toString(), output.toString(), "jsonl", null, null));
    assertEquals(6, written);
    Map<String, JsonNode> actual = byId(partLines(output));
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) {
      assertEquals(expected.get(id), actual.get(id), id); // every field: scores, sentences, evidence, source
    }
    assertTrue(actual.get("001_6c04b11d307fba50.txt").get("mtProbability").asDouble()
        > actual.get("003_1e948bf9bd27d1c1.txt").get("mtProbability").asDouble());
  }

  @Test
  void withAnIndexOfOriginalsSparkGivesTheClisMatches() throws Exception {
    Path input = seedsAsJsonLines();
    Path index = dir.resolve("originals-index");
    cli("index", "--quiet", "--index", index.toString(), "seeds/003_1e948bf9bd27d1c1.txt");
    Map<String, JsonNode> expected = byId(cli("score", "--quiet", "--lm", "none", "--format", "jsonl", "--originals",
        index.toString(), input.toString()));
    assertEquals("copy", expected.get("003_1e948bf9bd27d1c1.txt").get("original").get("relation").asText());

    Path output = dir.resolve("out-originals");
    SparkScoreJob.run(spark, new SparkScoreJob.Options(input.toString(), output.toString(), "jsonl", "none", null,
        index.toString()));
    Map<String, JsonNode> actual = byId(partLines(output));
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) {
      assertEquals(expected.get(id), actual.get(id), id);
    }
  }

  @Test
  void parquetInAndOutKeepTheFields() throws Exception {
    Path input = seedsAsJsonLines();
    Path parquetIn = dir.resolve("seeds.parquet");
    spark.read().json(input.toString()).write().parquet(parquetIn.toString());
    Path output = dir.resolve("out-parquet");
    SparkScoreJob.run(spark, new SparkScoreJob.Options(parquetIn.toString(), output.toString(), "parquet", null, null));
    Dataset<Row> results = spark.read().parquet(output.toString());
    assertEquals(6, results.count());
    List<String> columns = List.of(results.columns());
    for (String field : List.of("id", "source", "mtProbability", "quality", "verdict", "sentences", "error")) {
      assertTrue(columns.contains(field), field + " in " + columns);
    }
    Row seed001 = results.filter("id = '001_6c04b11d307fba50.txt'").first();
    assertEquals("machine-translated", seed001.getAs("verdict"));
    assertEquals("empty article (no text)", results.filter("id = 'empty'").first().getAs("error"));
  }
}
