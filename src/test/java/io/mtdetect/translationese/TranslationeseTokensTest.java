package io.mtdetect.translationese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.ngram.NgramFeatures;
import io.mtdetect.ngram.NgramModel;
import io.mtdetect.ngram.SentenceViews;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.Languages;

class TranslationeseTokensTest {
  private final TranslationeseTokens view = new TranslationeseTokens(Languages.getLanguageForShortCode("en-US"));

  @Test
  void keepsFunctionWordsAndPunctuationAndTagsTheRest() {
    // An ambiguous word is its set of tags: the tagger's dictionary, without LanguageTool's disambiguator.
    assertEquals("the _JJ|NN|VB|VBP of the _NN said it would _NN|VB|VBP in _NNP .",
        view.apply("The head of the delegation said it would travel in December."));
  }

  @Test
  void twoSentencesOfOneShapeReadAlikeWhateverTheirTopic() {
    assertEquals(view.apply("The minister said that the talks would resume on Monday."),
        view.apply("The minister said that the votes would resume on Friday."));
  }

  @Test
  void unknownWordsByShapeQuotesAlike() {
    String tokens = view.apply("“Garantian reforms,” said Poutinov of TKZQ.");
    assertTrue(tokens.startsWith("\" _cap _NNS"), tokens);
    assertTrue(tokens.contains(", \" said _cap of _allcaps ."), tokens);
    assertEquals("_low-tion", TranslationeseTokens.shape("garantiation"));
  }

  @Test
  void aModelRemembersItsView(@TempDir Path dir) throws Exception {
    NgramFeatures.Config config = new NgramFeatures.Config(1 << 10, 1, 0, 2, TranslationeseTokens.VIEW);
    float[] weights = new float[config.dimensions()];
    weights[3] = 1.5f;
    NgramModel model = new NgramModel(config, weights, 0.2);
    model.save(dir, "test");
    NgramModel loaded = NgramModel.load(dir);
    assertEquals(TranslationeseTokens.VIEW, loaded.view());
    String sentence = "The head of the delegation said it would travel in December.";
    assertEquals(model.probability(sentence), loaded.probability(sentence), 1e-9);
    // The view is applied: the same probability as the text model's on the view's tokens.
    NgramModel onText = new NgramModel(new NgramFeatures.Config(1 << 10, 1, 0, 2, SentenceViews.TEXT), weights, 0.2);
    assertEquals(onText.probability(view.apply(sentence)), loaded.probability(sentence), 1e-9);
    assertTrue(Files.readString(dir.resolve(NgramModel.CONFIG_FILE)).contains("\"view\" : \"translationese\""));
  }
}
