package io.mtdetect.match.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticOriginalsTest {
  @TempDir
  Path dir;

  /** Article {@code a}: three paragraphs, each naming its article and paragraph, long enough to be a sentence key. */
  private static String article(int a) {
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      paragraphs.add("Article number a" + a + " paragraph p" + p + " says the council met again on a rainy Tuesday.");
    }
    return String.join("\n", paragraphs);
  }

  private Path corpus(int articles) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int a = 0; a < articles; a++) {
      text.append(article(a)).append("\n\n");
    }
    text.append("Too short.\nOnly two paragraphs here.\n");
    return Files.writeString(dir.resolve("corpus.txt"), text);
  }

  @Test
  void distractorsRecombineParagraphsOfDifferentArticlesAndLeaveOutWhatMustStayApart() throws IOException {
    Set<Long> queryText = SyntheticOriginals.sentenceKeys("A query. " + article(4).lines().toList().get(1));
    SyntheticOriginals pool = SyntheticOriginals.read(corpus(10), queryText);
    assertEquals(9, pool.poolArticles(), "article 4 shares a sentence with a query; the two-paragraph one is too short");
    assertEquals(27, pool.poolParagraphs());
    Article d = pool.distractor(3);
    List<String> paragraphs = d.text().lines().toList();
    assertEquals(3, paragraphs.size());
    Set<String> from = new HashSet<>();
    for (String p : paragraphs) {
      assertFalse(p.contains("a4 "), p);
      from.add(p.replaceAll(".*number (a\\d+) .*", "$1"));
    }
    assertEquals(3, from.size(), "each paragraph from a different article: " + paragraphs);
    assertEquals("synthetic-00000003", d.id());
    assertEquals(d, pool.distractor(3), "deterministic");
    var it = pool.distractors(5, 4);
    int n = 0;
    while (it.hasNext()) {
      assertEquals(String.format("synthetic-%08d", 5 + n++), it.next().id());
    }
    assertEquals(4, n);
  }

  @Test
  void aCorpusWithoutUsableArticlesIsAOneLineError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "one\ntwo\n\n");
    IOException e = assertThrows(IOException.class, () -> SyntheticOriginals.read(empty, Set.of()));
    assertTrue(e.getMessage().contains("fewer than two usable articles"), e.getMessage());
  }

  @Test
  void sentenceKeysIgnoreCaseAndPunctuationAndShortSentences() {
    assertEquals(SyntheticOriginals.sentenceKeys("The council met on a rainy Tuesday in the town hall."),
        SyntheticOriginals.sentenceKeys("the Council met, on a rainy Tuesday in the town hall!"));
    assertTrue(SyntheticOriginals.sentenceKeys("He said no. She agreed.").isEmpty());
  }
}
