package io.mtdetect.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gold labels for evaluation. Article labels come from a CSV with header {@code id,label[,group]}
 * (label 1 = machine-translated, 0 = human). Sentence labels, when the inputs are JSON Lines
 * records with {@code segments[].label}, are read from those records: segment i is line i of the text.
 */
public final class Labels {
  /** One labelled article. */
  public record ArticleLabel(int label, String group) {}

  private final Map<String, ArticleLabel> articles;
  private final Map<String, Segments> segments;

  /** Per-line labels of one article and where each line starts in its text. */
  private record Segments(int[] labels, int[] lineStarts) {}

  private Labels(Map<String, ArticleLabel> articles, Map<String, Segments> segments) {
    this.articles = articles;
    this.segments = segments;
  }

  /** Reads the label CSV; throws with a message naming the file and line for anything malformed. */
  public static Labels read(Path csv, List<String> inputs) throws IOException {
    if (!Files.isReadable(csv)) {
      throw new IOException("cannot read labels file " + csv + (Files.exists(csv) ? "" : ": no such file"));
    }
    Map<String, ArticleLabel> articles = new LinkedHashMap<>();
    // RFC 4180 (ids such as URLs may hold commas, quoted as Python's csv module writes them).
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(reader)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        long number = parser.getCurrentLineNumber();
        if (header) {
          header = false;
          if (record.size() < 2 || !record.get(0).strip().toLowerCase(java.util.Locale.ROOT).equals("id")
              || !record.get(1).strip().equalsIgnoreCase("label")) {
            throw new IOException(csv + ": the first line must be the header id,label[,group]");
          }
          continue;
        }
        String label = record.size() > 1 ? record.get(1).strip() : "";
        if (!(label.equals("0") || label.equals("1"))) {
          throw new IOException(csv + ":" + number + ": expected id,label with label 0 or 1, got \""
              + String.join(",", record.toList()) + "\"");
        }
        String group = record.size() > 2 && !record.get(2).isBlank() ? record.get(2).strip() : "all";
        articles.put(record.get(0).strip(), new ArticleLabel(Integer.parseInt(label), group));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(csv + ": malformed CSV: " + e.getCause().getMessage());
    }
    return new Labels(articles, segmentLabels(inputs));
  }

  private static Map<String, Segments> segmentLabels(List<String> inputs) throws IOException {
    Map<String, Segments> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!input.endsWith(".jsonl") || !Files.isRegularFile(path)) {
        continue;
      }
      try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = json.readTree(line);
          } catch (IOException e) {
            continue; // reported by the scoring pass
          }
          JsonNode segs = node.path("segments");
          if (!node.hasNonNull("id") || !segs.isArray() || segs.isEmpty() || !segs.get(0).has("label")) {
            continue;
          }
          int[] labels = new int[segs.size()];
          for (int i = 0; i < labels.length; i++) {
            labels[i] = segs.get(i).path("label").asInt();
          }
          String text = node.path("text").asText();
          int[] starts = new int[text.split("\n", -1).length];
          for (int i = 0, next = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
              starts[next++] = i + 1;
            }
          }
          out.put(node.get("id").asText(), new Segments(labels, starts));
        }
      }
    }
    return out;
  }

  public ArticleLabel article(String id) {
    return articles.get(id);
  }

  public java.util.Set<String> ids() {
    return articles.keySet();
  }

  /** The label of the line holding {@code offset} in the article's text, or -1 when unknown. */
  public int sentence(String id, int offset) {
    Segments segs = segments.get(id);
    if (segs == null) {
      return -1;
    }
    int line = java.util.Arrays.binarySearch(segs.lineStarts(), offset);
    line = line >= 0 ? line : -line - 2;
    return line >= 0 && line < segs.labels().length ? segs.labels()[line] : -1;
  }
}
