package io.mtdetect.pipeline;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One sentence feature's values for saved results, kept apart from them: the out-of-fold probabilities
 * of a cross-fitted model ({@code train-ngram --out-of-fold}), which the scorer must be fitted on instead
 * of the in-sample values the shipped model gives its own training text. A TSV file: a header
 * {@code id, sentence, FEATURE}, then one row per sentence.
 */
public final class FeatureOverlay {
  private final String feature;
  private final Map<String, double[]> values;

  private FeatureOverlay(String feature, Map<String, double[]> values) {
    this.feature = feature;
    this.values = values;
  }

  public String feature() {
    return feature;
  }

  public static FeatureOverlay read(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file)) {
      String header = lines.readLine();
      String[] columns = header == null ? new String[0] : header.split("\t");
      if (columns.length != 3 || !columns[0].equals("id") || !columns[1].equals("sentence")) {
        throw new IOException(file + ": not a feature overlay (header must be id, sentence, FEATURE)");
      }
      Map<String, Map<Integer, Double>> rows = new HashMap<>();
      int number = 1;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IOException(file + ":" + number + ": expected 3 columns");
        }
        try {
          rows.computeIfAbsent(cells[0], k -> new HashMap<>()).put(Integer.parseInt(cells[1]), Double.parseDouble(cells[2]));
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + number + ": not a number: " + e.getMessage());
        }
      }
      Map<String, double[]> values = new HashMap<>();
      rows.forEach((id, byIndex) -> {
        double[] v = new double[byIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        java.util.Arrays.fill(v, Double.NaN);
        byIndex.forEach((i, x) -> v[i] = x);
        values.put(id, v);
      });
      return new FeatureOverlay(columns[2], values);
    }
  }

  /** Writes the header; rows follow through {@link #writeRow}. */
  public static void writeHeader(Writer out, String feature) throws IOException {
    out.write("id\tsentence\t" + feature + "\n");
  }

  public static void writeRow(Writer out, String id, int sentence, double value) throws IOException {
    out.write(id + "\t" + sentence + "\t" + String.format(Locale.ROOT, "%.5f", value) + "\n");
  }

  /** Whether every sentence of the result has a value here. */
  public boolean covers(ArticleResult result) {
    double[] v = values.get(result.id());
    return v != null && v.length >= result.sentences().size()
        && result.sentences().stream().noneMatch(s -> Double.isNaN(v[s.index()]));
  }

  /** The result with this feature set on every sentence from the file; unchanged if the file lacks it. */
  public ArticleResult apply(ArticleResult result) {
    if (result.isError() || !covers(result)) {
      return result;
    }
    double[] v = values.get(result.id());
    java.util.List<ScoredSentence> sentences = result.sentences().stream().map(s -> {
      Map<String, Double> signals = new LinkedHashMap<>(s.signals());
      signals.put(feature, v[s.index()]);
      return s.withFindings(Map.copyOf(signals), s.evidence());
    }).toList();
    return result.withSentences(sentences);
  }
}
