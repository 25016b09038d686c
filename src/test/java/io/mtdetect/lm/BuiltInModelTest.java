package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed built-in model (models/lm) against sentences it has never seen. */
class BuiltInModelTest {
  private static BuiltInLanguageModel lm;

  @BeforeAll
  static void load() throws IOException {
    lm = BuiltInLanguageModel.load(Path.of(System.getProperty("mtdetect.test.lm", "models/lm")), 1);
  }

  @AfterAll
  static void close() {
    lm.close();
  }

  private static double meanBits(TokenScores s) {
    return s.totalNats() / Math.log(2) / s.size();
  }

  @Test
  void garbledRoundTripIsMoreSurprisingThanItsFluentOriginal() {
    TokenScores fluent = lm.score("", "Moscow knows very well what might happen.");
    TokenScores garbled = lm.score("", "Moscow knows the universe very well what might happen.");
    assertTrue(meanBits(garbled) > meanBits(fluent), meanBits(garbled) + " vs " + meanBits(fluent));
    int worst = 0;
    for (int i = 1; i < garbled.size(); i++) {
      if (garbled.logProb()[i] < garbled.logProb()[worst]) {
        worst = i;
      }
    }
    // The model points at the garble: "universe", or "very" right after it, is the most surprising token.
    String token = garbled.tokens()[worst].replace('Ġ', ' ');
    assertTrue(token.equals(" universe") || token.equals(" very"), token);
  }

  @Test
  void newsEnglishIsPredictable() {
    TokenScores s = lm.score("", "The White House said on Tuesday that the president would meet congressional leaders.");
    // GLTR: most tokens of fluent news are among the model's top 10 guesses.
    long top10 = java.util.Arrays.stream(s.rank()).filter(r -> r < 10).count();
    assertTrue(top10 > s.size() / 2, top10 + " of " + s.size());
  }

  @Test
  void typographicQuotesReadAsTheirAsciiFormsWithSpansInTheTextAsWritten() {
    String context = "“We will not back down,” she said.";
    String typeset = "The minister’s aide called it “a serious mistake” on Tuesday.";
    String plain = "The minister's aide called it \"a serious mistake\" on Tuesday.";
    TokenScores a = lm.score(context, typeset);
    TokenScores b = lm.score(TypographicQuotes.toAscii(context), plain);
    assertArrayEquals(b.logProb(), a.logProb(), 1e-9);
    assertEquals(b.machineLogit(), a.machineLogit(), 1e-9);
    assertArrayEquals(b.start(), a.start());
    // Spans still point into the caller's text: the token that starts the quotation covers the typeset mark.
    int i = java.util.Arrays.stream(a.start()).boxed().toList().indexOf(typeset.indexOf('“'));
    assertTrue(i >= 0 && typeset.substring(a.start()[i], a.end()[i]).contains("“"), "token " + i);
  }
}
