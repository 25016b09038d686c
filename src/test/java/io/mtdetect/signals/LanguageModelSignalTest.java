package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.TokenScores;
import io.mtdetect.lm.TokenUnigrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageModelSignalTest {
  /** A stand-in model: each word costs 2 bits, except "universe" and "Lavrov", which cost 20. */
  private static class WordCostModel implements LanguageModel {
    final List<String> contexts = new ArrayList<>();

    @Override
    public String name() {
      return "word-cost";
    }

    @Override
    public TokenScores score(String context, String text) {
      contexts.add(context);
      List<int[]> spans = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      int n = spans.size();
      String[] tokens = new String[n];
      int[] start = new int[n];
      int[] end = new int[n];
      double[] logProb = new double[n];
      int[] rank = new int[n];
      for (int i = 0; i < n; i++) {
        start[i] = spans.get(i)[0];
        end[i] = spans.get(i)[1];
        tokens[i] = text.substring(start[i], end[i]);
        boolean odd = tokens[i].equals("universe") || tokens[i].equals("Lavrov");
        logProb[i] = -(odd ? 20 : 2) * Math.log(2);
        rank[i] = odd ? 5000 : 3;
      }
      return new TokenScores(tokens, start, end, logProb, rank);
    }

    @Override
    public void close() {}
  }

  @Test
  void pointsAtTheSurprisingTokenAndMeasuresAgainstTheArticleBaseline() {
    WordCostModel model = new WordCostModel();
    SegmentedArticle a = body("The talks went on. Moscow knows the universe very well what might happen.\nThe envoy left.");
    List<SentenceFindings> f = run(new LanguageModelSignal(model), a);
    assertEquals(2.0, f.get(0).feature(LanguageModelSignal.SURPRISAL), 1e-9);
    assertEquals(20.0, f.get(1).feature(LanguageModelSignal.MAX_SURPRISAL), 1e-9);
    assertTrue(f.get(1).feature(LanguageModelSignal.RELATIVE) > 1.0);
    assertEquals(0.0, f.get(0).feature(LanguageModelSignal.RELATIVE), 1e-9);
    assertEquals(1.0 / 9, f.get(1).feature(LanguageModelSignal.RARE_SHARE), 1e-9);
    assertEquals(8.0 / 9, f.get(1).feature(LanguageModelSignal.TOP10_SHARE), 1e-9);
    assertEquals(0.0, f.get(1).feature(LanguageModelSignal.TOP100_SHARE), 1e-9);
    Evidence e = f.get(1).evidence().get(0);
    assertEquals("universe", a.article().text().substring(e.start(), e.end()));
    assertTrue(f.get(0).evidence().isEmpty());
    // The paragraph so far is the context; a new paragraph starts without one.
    assertEquals(List.of("", "The talks went on.", ""), model.contexts);
  }

  @Test
  void surprisalOverUnigramCancelsRareWordsAndKeepsCommonWordsInOddPlaces() {
    // In context "Lavrov" and "universe" cost the model 20 bits each; on their own "Lavrov" is rare and
    // "universe" common, so only the misplaced common word is surprising beyond its own rarity.
    TokenUnigrams unigrams = new TokenUnigrams("test", Map.of("Moscow", 100L, "knows", 100L, "well.", 100L,
        "Lavrov", 1L, "universe", 100L), 0);
    WordCostModel model = new WordCostModel() {
      @Override
      public TokenUnigrams unigrams() {
        return unigrams;
      }
    };
    LanguageModelSignal signal = new LanguageModelSignal(model);
    assertTrue(signal.features().contains(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM));
    SentenceFindings name = run(signal, body("Moscow knows Lavrov well.")).get(0);
    SentenceFindings salad = run(signal, body("Moscow knows universe well.")).get(0);
    assertEquals(name.feature(LanguageModelSignal.SURPRISAL), salad.feature(LanguageModelSignal.SURPRISAL), 1e-9);
    double bits = -Math.log(2);
    double lavrovOnItsOwn = unigrams.logProb("Lavrov") / bits;
    double universeOnItsOwn = unigrams.logProb("universe") / bits;
    assertEquals((lavrovOnItsOwn - universeOnItsOwn) / 4,
        salad.feature(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM) - name.feature(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM),
        1e-9);
    assertTrue(salad.feature(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM) > name.feature(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM) + 1);
    // The mean of 2, 2, 20 and 2 bits in context minus the four words' own mean surprisal
    assertEquals((2 + 2 + 20 + 2) / 4.0 - 3 * unigrams.logProb("Moscow") / bits / 4 - universeOnItsOwn / 4,
        salad.feature(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM), 1e-9);
    // A model without a unigram table does not offer the feature.
    assertTrue(!new LanguageModelSignal(new WordCostModel()).features()
        .contains(LanguageModelSignal.SURPRISAL_OVER_UNIGRAM));
  }

  @Test
  void evidencePointsAtTheWordATokenBelongsToNeverAtAnEmptyToken() {
    String text = "Russia searches binding garantian NATO.";
    // An empty token before "garantian" (a word-boundary piece) points at the word after it.
    int g = text.indexOf("garantian");
    assertEquals("garantian", slice(text, LanguageModelSignal.wordOf(text, g - 1, g)));
    assertEquals("garantian", slice(text, LanguageModelSignal.wordOf(text, g, g)));
    // A sub-word piece points at its whole word.
    assertEquals("garantian", slice(text, LanguageModelSignal.wordOf(text, g + 3, g + 6)));
    // Punctuation stands for itself; trailing space is no word at all.
    int dot = text.indexOf('.');
    assertEquals(".", slice(text, LanguageModelSignal.wordOf(text, dot, dot + 1)));
    assertEquals(null, LanguageModelSignal.wordOf(text + "  ", text.length(), text.length() + 2));
  }

  @Test
  void aTokenEndingInsideAnEmojiIsWidenedToTheWholeCharacter() {
    String text = "Great news \uD83D\uDE00 today.";
    int high = text.indexOf('\uD83D');
    assertEquals("\uD83D\uDE00", slice(text, LanguageModelSignal.wholeCodePoints(text, high, high + 1)));
    assertEquals("\uD83D\uDE00", slice(text, LanguageModelSignal.wholeCodePoints(text, high + 1, high + 2)));
    assertEquals("news", slice(text, LanguageModelSignal.wholeCodePoints(text, 6, 10)));
  }

  private static String slice(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }
}
