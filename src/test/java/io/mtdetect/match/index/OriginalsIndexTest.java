package io.mtdetect.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalsIndexTest {
  @TempDir Path dir;

  private static IndexedOriginal article(String id, String sentence) {
    return new IndexedOriginal(id, null, "Title " + id, List.of(sentence, "Officials in Brussels confirmed the figures."));
  }

  @Test
  void reAddingAnIdReplacesItAndReadersSeeCommitsWhileTheWriterIsOpen() throws IOException {
    try (OriginalsIndex writer = OriginalsIndex.openOrCreate(dir)) {
      assertFalse(writer.upsert(article("a", "The Zanzibar ferry carried 310 passengers.")));
      assertFalse(writer.upsert(article("b", "Quarterly exports of Norwegian salmon rose sharply.")));
      writer.commit();
      try (OriginalsSearcher reader = OriginalsSearcher.open(dir)) {
        assertEquals(2, reader.size());
        assertTrue(writer.upsert(article("a", "The Zanzibar ferry carried 455 passengers after the storm.")));
        assertEquals(2, reader.size(), "a reader keeps its snapshot until the writer commits");
        writer.commit();
        reader.refresh();
        assertEquals(2, reader.size(), "replacing keeps one article per id");
        List<Candidate> found = reader.candidates(List.of("A Zanzibar ferry with 455 people on board."), null, 3);
        assertEquals("a", found.get(0).original().id());
        assertTrue(found.get(0).original().sentences().get(0).contains("455"), "the replacement is what is found");
      }
    }
    try (OriginalsIndex again = OriginalsIndex.openOrCreate(dir)) {
      assertTrue(again.upsert(article("b", "Quarterly exports of Norwegian salmon fell.")), "replacing an id from an earlier run");
    }
  }

  @Test
  void aSecondWriterIsRefusedWithOneLine() throws IOException {
    try (OriginalsIndex writer = OriginalsIndex.openOrCreate(dir)) {
      OriginalsIndex.Unavailable e = assertThrows(OriginalsIndex.Unavailable.class, () -> OriginalsIndex.openOrCreate(dir));
      assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
    }
  }

  @Test
  void openingForReadingWhereThereIsNoIndexSaysHowToBuildOne() throws IOException {
    OriginalsIndex.Unavailable missing = assertThrows(OriginalsIndex.Unavailable.class,
        () -> OriginalsSearcher.open(dir.resolve("nowhere")));
    assertTrue(missing.getMessage().contains("mtdetect index --index"), missing.getMessage());
    Files.createDirectories(dir.resolve("empty"));
    assertThrows(OriginalsIndex.Unavailable.class, () -> OriginalsSearcher.open(dir.resolve("empty")));
  }
}
