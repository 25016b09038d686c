package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;

/** Start-up in parts: the analysis models into LanguageTool's shared caches, the first checker built ahead of use. */
class LanguageToolWarmUpTest {
  private static final Language ENGLISH = Languages.getLanguageForShortCode("en-US");

  @Test
  void analysisModelsLoadIntoTheLanguagesCaches() throws Exception {
    LanguageToolWarmUp.loadDisambiguation(ENGLISH);
    LanguageToolWarmUp.loadChunker(ENGLISH);
    LanguageToolWarmUp.loadSpeller(ENGLISH);
    // What a checker created afterwards uses is the instance loaded here, not a second copy.
    assertSame(ENGLISH.getDisambiguator(), ENGLISH.getDisambiguator());
    assertSame(ENGLISH.getChunker(), ENGLISH.getChunker());
  }

  @Test
  void theFirstCheckerIsBuiltOnceAheadOfUseAndThenServesTheFirstArticle() {
    AtomicInteger built = new AtomicInteger();
    LanguageToolPool pool = new LanguageToolPool(2, () -> {
      built.incrementAndGet();
      return new LanguageToolChecker(ENGLISH, List.of());
    });
    try (LanguageToolSignal signal = new LanguageToolSignal(pool)) {
      LanguageToolWarmUp.buildFirstChecker(signal);
      LanguageToolWarmUp.buildFirstChecker(signal); // a second call builds nothing more
      assertEquals(1, built.get());
      LanguageToolWarmUp.warm(signal);
      List<SentenceFindings> f = run(signal, body("The councl met on Tuesday. He have been there since Monday."));
      assertEquals(1, built.get(), "one article on one thread borrows the prebuilt checker");
      assertTrue(f.get(0).feature("lt.spelling") > 0, f.get(0).features().toString());
      assertTrue(f.get(1).feature("lt.grammar") > 0, f.get(1).features().toString());
    }
  }
}
