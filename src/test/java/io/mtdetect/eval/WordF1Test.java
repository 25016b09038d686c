package io.mtdetect.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordF1Test {
  @Test
  void countsSharedTokensAsBagsLowerCased() {
    // truth: the(2) cat sat on mat = 6 tokens; predicted: The cat sat, menu = 4 tokens; shared: the, cat, sat = 3.
    WordF1.Counts c = WordF1.compare("The cat sat on the mat.", "The cat sat. Menu");
    assertEquals(3, c.shared());
    assertEquals(4, c.predicted());
    assertEquals(6, c.truth());
    assertEquals(0.75, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(0.6, c.f1(), 1e-12); // 2 * 0.75 * 0.5 / 1.25
  }

  @Test
  void repeatedWordsCountOnlyAsOftenAsTheTruthHasThem() {
    WordF1.Counts c = WordF1.compare("news", "news news news news");
    assertEquals(1, c.shared());
    assertEquals(0.25, c.precision(), 1e-12);
    assertEquals(1.0, c.recall(), 1e-12);
    assertEquals(0.4, c.f1(), 1e-12);
  }

  @Test
  void tokensAreUnicodeWordCharactersAndEmptyTextsAreHandled() {
    assertEquals(2, WordF1.compare("Café déjà-vu", "café DÉJÀ").shared());
    assertEquals(1.0, WordF1.compare("", "").f1());
    assertEquals(0.0, WordF1.compare("text", "").f1());
    assertEquals(0.0, WordF1.compare("", "text").f1());
  }

  @Test
  void theBenchmarkFigureIsTheMeanOfThePagesF1() {
    List<WordF1.Counts> pages = List.of(WordF1.compare("a b", "a b"), WordF1.compare("The cat sat on the mat.", "The cat sat. Menu"));
    assertEquals((1.0 + 0.6) / 2, WordF1.meanF1(pages), 1e-12);
  }

  @Test
  void snippetsAreFoundIgnoringCaseAndSpacing() {
    String extracted = "Protein continues to\n dominate the  wellness conversation. Sign up";
    assertEquals(1, Snippets.found(List.of("protein continues to dominate the wellness", "Home"), extracted));
    assertEquals(0, Snippets.found(List.of("", "Login"), extracted));
  }
}
