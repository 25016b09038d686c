package io.mtdetect.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.ScorerModel;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTableTest {
  private static LabelledArticles.Item scored(String id, int label, String group, double grammar) {
    List<ScoredSentence> sentences = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sentences.add(new ScoredSentence(i, i, i * 50, i * 50 + 40, "x".repeat(40), 0,
          Map.of("lt.grammar", grammar, "lm.surprisal", 7.0), List.of()));
    }
    ArticleResult raw = new ArticleResult(id, id, null, null, null, null, null, sentences, List.of());
    return new LabelledArticles.Item(new ArticleScorer(ScorerModel.bundled()).rescore(raw), label, group, new int[5]);
  }

  @Test
  void oneRowPerArticleWithEachDetectorBesideTheVerdict(@TempDir Path dir) throws Exception {
    List<LabelledArticles.Item> items = List.of(scored("a, \"quoted\"", 0, "ja-en/human", 0.0),
        scored("b", 1, "full-spa", 1.5));
    Path file = dir.resolve("articles.csv");
    ArticleTable.write(file, items);
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    assertEquals(2, rows.size());
    for (int i = 0; i < 2; i++) {
      ArticleResult r = items.get(i).result();
      CSVRecord row = rows.get(i);
      assertEquals(r.id(), row.get("id"));
      assertEquals(items.get(i).group(), row.get("group"));
      assertEquals(String.valueOf(items.get(i).label()), row.get("label"));
      assertEquals(r.mtProbability(), Double.parseDouble(row.get("mt_probability")), 1e-12);
      assertEquals(r.verdict().label(), row.get("verdict"));
      assertEquals(r.basis().garbledProbability(), Double.parseDouble(row.get("garbled_probability")), 1e-12);
      assertEquals(r.basis().fluentProbability(), Double.parseDouble(row.get("fluent_probability")), 1e-12);
      assertEquals("5", row.get("sentences"));
    }
  }
}
