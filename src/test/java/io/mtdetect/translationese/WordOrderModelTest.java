package io.mtdetect.translationese;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.SentenceFindings;
import io.mtdetect.lm.Corpus;
import io.mtdetect.signals.WordOrderSignal;
import io.mtdetect.translationese.train.WordOrderCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.Languages;

class WordOrderModelTest {
  private static final TranslationeseTokens VIEW = new TranslationeseTokens(Languages.getLanguageForShortCode("en-US"));

  /** English-like sentences in the training format, 100 articles of three paragraphs (the 100th held out). */
  private static Path corpus(Path dir) throws Exception {
    String[] paragraphs = {"The minister said that the talks would continue on Monday.",
        "The council warned that the budget was too small.", "Officials told reporters that the vote was delayed."};
    List<String> lines = new ArrayList<>();
    for (int article = 0; article < 100; article++) {
      lines.addAll(Arrays.asList(paragraphs));
      lines.add("");
    }
    return Files.write(dir.resolve("corpus.txt"), lines);
  }

  private static List<String> view(String sentence) {
    return Arrays.asList(VIEW.apply(sentence).split(" "));
  }

  @Test
  void wordSaladIsMoreSurprisingThanTheSameWordsInEnglishOrder(@TempDir Path dir) throws Exception {
    WordOrderModel model = new WordOrderCounter(VIEW).count(new Corpus(corpus(dir)), 1, Long.MAX_VALUE, 1, n -> { });
    WordOrderModel.Surprisal english = model.score(view("The council said that the talks were delayed."));
    WordOrderModel.Surprisal salad = model.score(view("Delayed the talks were that the council said."));
    // The same tokens in another order: the same unigram surprisal, so the order is all that differs.
    assertEquals(english.unigramBits(), salad.unigramBits(), 1e-9);
    assertTrue(salad.overUnigram() > english.overUnigram() + 1, english + " vs " + salad);
  }

  @Test
  void rareTrigramsAreDroppedButTheirContextsKeepTheirTotals(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("corpus.txt"), List.of("The talks went on.", "", "The talks went on.", "",
        "The talks stopped.", ""));
    WordOrderModel pruned = new WordOrderCounter(VIEW).count(new Corpus(file), 1, Long.MAX_VALUE, 2, n -> { });
    WordOrderModel full = new WordOrderCounter(VIEW).count(new Corpus(file), 1, Long.MAX_VALUE, 1, n -> { });
    assertTrue(pruned.size() < full.size());
    // A kept trigram's probability is the same share of its context's total in both.
    List<String> seenTwice = view("The talks went on.");
    assertEquals(full.score(seenTwice).trigramBits(), pruned.score(seenTwice).trigramBits(), 1e-9);
  }

  @Test
  void savesAndLoadsTheSameModel(@TempDir Path dir) throws Exception {
    WordOrderModel model = new WordOrderCounter(VIEW).count(new Corpus(corpus(dir)), 2, Long.MAX_VALUE, 1, n -> { });
    model.save(dir.resolve("model"));
    WordOrderModel back = WordOrderModel.load(dir.resolve("model"));
    List<String> sentence = view("Officials said that the council was too small.");
    assertEquals(model.size(), back.size());
    assertEquals(model.score(sentence), back.score(sentence));
  }

  @Test
  void theBundledSignalReadsARuleBasedRoundTripAsWorseOrderedThanItsOriginal() {
    WordOrderSignal signal = WordOrderSignal.bundled();
    assertTrue(signal != null, "models/word-order is bundled");
    // Seed 003's first sentence and its Apertium round trip via Catalan (../shared/checks/seed-roundtrips).
    SentenceFindings original = run(signal, body("The US ratcheted up threats to retaliate as it accused Russia of"
        + " stepping up preparations for a possible invasion of Ukraine.")).get(0);
    SentenceFindings roundTrip = run(signal, body("The USA ratcheted upwards of threats at retaliate while it accused"
        + " Russia of intensifying readinesses for a possible invasion of Ukraine.")).get(0);
    assertTrue(roundTrip.feature(WordOrderSignal.SURPRISAL_OVER_UNIGRAM)
        > original.feature(WordOrderSignal.SURPRISAL_OVER_UNIGRAM) + 0.2,
        original.feature(WordOrderSignal.SURPRISAL_OVER_UNIGRAM) + " vs " + roundTrip.feature(WordOrderSignal.SURPRISAL_OVER_UNIGRAM));
  }
}
