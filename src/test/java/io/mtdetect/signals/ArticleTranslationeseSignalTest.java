package io.mtdetect.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.ngram.NgramModel;
import io.mtdetect.translationese.MemoizedView;
import io.mtdetect.translationese.TranslationeseTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.languagetool.Languages;
import org.junit.jupiter.api.Test;

class ArticleTranslationeseSignalTest {
  private static final ArticleTranslationeseSignal SIGNAL = ArticleTranslationeseSignal.bundled();

  @Test
  void everySentenceCarriesTheProbabilityOfTheWholeText() {
    assertNotNull(SIGNAL, "models/translationese-article ships in the jar");
    String first = "The minister said that the talks would resume on Monday.";
    String second = "Officials in the capital carried out consultations in the framework of the plan.";
    List<SentenceFindings> findings = TestArticles.run(SIGNAL, TestArticles.body(first + " " + second));
    assertEquals(2, findings.size());
    double whole = SIGNAL.probability(List.of(first, second));
    for (SentenceFindings f : findings) {
      assertEquals(whole, f.feature(ArticleTranslationeseSignal.PROBABILITY), 1e-12);
    }
    // the article's value, not either sentence's own
    assertTrue(whole != SIGNAL.probability(List.of(first)) && whole != SIGNAL.probability(List.of(second)));
  }

  @Test
  void aLongerTextIsReadAsOneProfileNotSentenceBySentence() {
    String sentence = "Officials in the capital carried out consultations in the framework of the plan.";
    // the same sentence three times: counts are damped (1 + ln count) and the vector has unit length, so the
    // profile of the repeated text differs from one sentence's, which it would not if sentences were averaged
    double once = SIGNAL.probability(List.of(sentence));
    double thrice = SIGNAL.probability(List.of(sentence, sentence, sentence));
    assertTrue(once > 0 && once < 1 && thrice > 0 && thrice < 1);
    assertTrue(Math.abs(once - thrice) > 1e-6, once + " vs " + thrice);
  }

  @Test
  void sentenceViewsJoinedReadAsTheViewOfTheJoinedText() throws Exception {
    // the pipeline hands the signal views the word-order signal already made; the model was trained on the view of
    // the joined text (train-ngram --unit article), so the two must be one text to the model
    int[] tagged = {0};
    TranslationeseTokens tokens = new TranslationeseTokens(Languages.getLanguageForShortCode("en-US"));
    MemoizedView shared = new MemoizedView(s -> {
      tagged[0]++;
      return tokens.apply(s);
    }, 4096);
    NgramModel model = NgramSignal.bundledModel("/models/translationese-article/");
    ArticleTranslationeseSignal reused = new ArticleTranslationeseSignal(model, shared);
    List<Path> seeds;
    try (var files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, seeds.size());
    for (Path seed : seeds) {
      List<String> sentences = TestArticles.body(Files.readString(seed)).sentences().stream()
          .map(io.mtdetect.core.Sentence::text).toList();
      assertTrue(sentences.size() > 5, seed.toString());
      sentences.forEach(shared::apply); // as the word-order signal does first
      int before = tagged[0];
      double fromViews = reused.probability(sentences);
      assertEquals(before, tagged[0], "no sentence tagged a second time");
      assertEquals(model.probability(ArticleTranslationeseSignal.text(sentences)), fromViews, 1e-12, seed.toString());
    }
  }
}
