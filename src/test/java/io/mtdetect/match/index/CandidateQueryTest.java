package io.mtdetect.match.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.match.analysis.NewsAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateQueryTest {
  @TempDir Path dir;

  @Test
  void namesInMoreThanASmallShareOfALargeIndexAreLeftOutOfTheQuery() throws IOException {
    int originals = 2 * (int) CandidateQuery.MIN_COMMON_DOCS;
    try (OriginalsIndex index = OriginalsIndex.openOrCreate(dir)) {
      for (int i = 0; i < originals; i++) {
        index.upsert(new IndexedOriginal("o" + i, null, null,
            List.of("On Monday, Trump spoke to reporters in Ohio about plan number " + i + ".")));
      }
      index.upsert(new IndexedOriginal("z", null, null, List.of("On Monday, Zelenskyy met Trump in Kyiv.")));
    }
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
        NewsAnalyzer analyzer = new NewsAnalyzer()) {
      Query query = CandidateQuery.of(List.of("On Monday, Zelenskyy met Trump in Kyiv."), null, reader, analyzer);
      String clauses = query.toString();
      assertTrue(clauses.contains("names:zelenskyy") && clauses.contains("names:kyiv"), clauses);
      assertFalse(clauses.contains("names:trump"), "a name in every original is no clause: " + clauses);
    }
  }
}
