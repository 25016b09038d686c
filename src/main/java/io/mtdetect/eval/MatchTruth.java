package io.mtdetect.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a query to the index of originals should find (CSV with header {@code id,source,relation,kind},
 * optional {@code split} and {@code also}; made by scripts/make-match-data).
 *
 * @param source   the indexed id the query comes from; empty when its source is not indexed
 * @param relation {@code copy}, {@code round-trip}, or {@code none} (no copy/round-trip match is right)
 * @param kind     the query's kind, for per-kind figures
 * @param split    {@code train} or {@code test}; empty when the file has no split column
 * @param sameText other indexed ids carrying the source's text (optional column {@code also},
 *     space-separated): a wire story published by several outlets; matching any of them is right
 */
public record MatchTruth(String id, String source, String relation, String kind, String split, java.util.Set<String> sameText) {
  /** Whether {@code matchedId} is the source or carries its text. */
  public boolean isSource(String matchedId) {
    return matchedId != null && (matchedId.equals(source) || sameText.contains(matchedId));
  }

  public static Map<String, MatchTruth> read(Path csv) throws IOException {
    Map<String, MatchTruth> truth = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(csv)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (!r.isMapped("id") || !r.isMapped("source") || !r.isMapped("relation") || !r.isMapped("kind")) {
          throw new IOException(csv + ": header must name id,source,relation,kind");
        }
        truth.put(r.get("id"), new MatchTruth(r.get("id"), r.get("source"), r.get("relation"), r.get("kind"),
            r.isMapped("split") && r.isSet("split") ? r.get("split") : "",
            r.isMapped("also") && r.isSet("also") && !r.get("also").isBlank()
                ? java.util.Set.of(r.get("also").trim().split("\\s+")) : java.util.Set.of()));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv + ": " + e.getMessage());
    }
    return truth;
  }
}
