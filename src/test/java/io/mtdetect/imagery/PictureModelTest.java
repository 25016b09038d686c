package io.mtdetect.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureModelTest {
  private static final ConcreteNouns NOUNS = PictureFixtures.NOUNS;

  private static PictureModel model(String... explainedPairs) {
    return PictureFixtures.model(explainedPairs);
  }

  private static List<String> unexplained(PictureModel model, String text) {
    return model.unexplained(ContentWords.of(text, NOUNS)).stream().map(p -> p.word().lemma()).toList();
  }

  @Test
  void nounsAreLemmatisedWithTheirIrregularPlurals() {
    assertEquals("tomato", NOUNS.lemma("tomatoes"));
    assertEquals("ox", NOUNS.lemma("oxen"));
    assertEquals("eye", NOUNS.lemma("eyes"));
    assertEquals("cactus", NOUNS.lemma("cacti"));
    assertEquals("merger", NOUNS.lemma("merger"));
    assertEquals("unknownword", NOUNS.lemma("unknownword"));
  }

  @Test
  void aPictureNoWordOfTheSentenceExplainsIsReportedRarestFirst() {
    PictureModel model = model("eye", "blind", "towel", "throw");
    List<PictureModel.Picture> pictures = model.unexplained(
        ContentWords.of("The regulator must have had tomatoes on its eyes when it approved the merger.", NOUNS));
    assertEquals(List.of("tomato", "eye"), pictures.stream().map(p -> p.word().lemma()).toList());
    assertEquals("food", pictures.get(0).kind());
    assertTrue(pictures.get(0).weight() > pictures.get(1).weight(), pictures.toString());
  }

  @Test
  void aPictureEnglishNewsUsesIsExplained() {
    PictureModel model = model("eye", "blind", "towel", "throw");
    assertEquals(List.of(), unexplained(model, "The regulator must have turned a blind eye when it approved the merger."));
    assertEquals(List.of(), unexplained(model, "The opposition leader refused to throw in the towel after the defeat."));
    // "ox" is too short a word to count: two-letter lemmas are mostly abbreviations
    assertEquals(List.of("plough"), unexplained(model, "The government is putting the plough before the oxen."));
  }

  @Test
  void aConcreteStoryIsNoPictureInAnAbstractSentence() {
    assertEquals(List.of(), unexplained(model(), "Orchids will revert to white, but sprayed cacti and heathers keep their dye."));
  }

  @Test
  void savedAndLoadedTheModelReadsTheSame(@TempDir Path dir) throws Exception {
    model("eye", "blind").save(dir);
    PictureModel loaded = PictureModel.load(dir);
    assertEquals(List.of(), unexplained(loaded, "They turned a blind eye."));
    assertEquals(List.of("tomato"), unexplained(loaded, "Tomatoes on a merger."));
    assertEquals(NOUNS.lemma("oxen"), loaded.nouns().lemma("oxen"));
  }
}
