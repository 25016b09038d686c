package io.mtdetect.eval;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.VerdictBasis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scored, labelled articles as CSV with a header, one row each: what each detector said beside the final
 * probability, so that a ranking can be taken apart outside mtdetect (eval and train-scorer's held-out articles).
 */
public final class ArticleTable {
  private ArticleTable() {}

  public static void write(Path file, Iterable<LabelledArticles.Item> items) throws IOException {
    try (var csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader("id", "group", "label", "mt_probability", "verdict", "channel",
            "fluent_probability", "garbled_probability", "artefact_llr", "sentences").get())) {
      for (LabelledArticles.Item item : items) {
        ArticleResult r = item.result();
        VerdictBasis b = r.basis();
        csv.printRecord(r.id(), item.group(), item.label(), r.mtProbability(), r.verdict().label(),
            b == null ? "" : b.channel(), b == null ? "" : b.fluentProbability(), b == null ? "" : b.garbledProbability(),
            b == null ? "" : b.artefactLogLikelihoodRatio(), r.sentences().size());
      }
    }
  }
}
