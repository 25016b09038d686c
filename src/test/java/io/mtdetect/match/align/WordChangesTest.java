package io.mtdetect.match.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordChangesTest {
  @Test
  void namesEachChangedRunWithItsOriginalWords() {
    String query = "Moscow knows the universe very well, said Mr. Poutin.";
    List<WordChange> changes = WordChanges.between(query, "Moscow knows full well, said Mr Putin.");
    assertEquals(List.of("\"the universe very\" was \"full\"", "\"Poutin\" was \"Putin\""),
        changes.stream().map(WordChange::describe).toList());
    WordChange name = changes.get(1);
    assertEquals("Poutin", query.substring(name.queryStart(), name.queryEnd()));
  }

  @Test
  void reportsInsertionsAndDeletions() {
    List<WordChange> changes = WordChanges.between("He said it again today.", "He said it.");
    assertEquals(List.of("\"again today\" is not in the original"), changes.stream().map(WordChange::describe).toList());
    List<WordChange> deleted = WordChanges.between("He said it.", "He said it again today.");
    assertEquals(1, deleted.size());
    assertEquals("missing \"again today\"", deleted.get(0).describe());
  }

  @Test
  void identicalSentencesHaveNoChanges() {
    assertEquals(List.of(), WordChanges.between("The same words.", "The same words."));
  }
}
