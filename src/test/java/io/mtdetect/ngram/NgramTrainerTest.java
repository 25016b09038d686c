package io.mtdetect.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.ngram.train.NgramTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramTrainerTest {
  /** Label-1 sentences say "carry out talks" and "in the framework of"; label-0 ones "hold talks" and "under". */
  private static List<NgramTrainer.Example> examples(NgramTrainer trainer) {
    String[] places = {"Geneva", "Vienna", "Paris", "Kyiv", "Minsk", "Doha", "Oslo", "Rome", "Cairo", "Lima"};
    List<NgramTrainer.Example> out = new ArrayList<>();
    for (String place : places) {
      out.add(trainer.extract("The ministers will carry out talks in " + place + " in the framework of the agreement.", 1));
      out.add(trainer.extract("Officials carry out talks in " + place + " in the framework of the plan.", 1));
      out.add(trainer.extract("The ministers will hold talks in " + place + " under the agreement.", 0));
      out.add(trainer.extract("Officials hold talks in " + place + " under the plan.", 0));
    }
    return out;
  }

  @Test
  void separatesTheTwoStylesOnUnseenSentences() {
    NgramTrainer trainer = new NgramTrainer(new NgramFeatures.Config(1 << 16, 1, 4, 2), 1.0);
    NgramModel model = trainer.fit(examples(trainer));
    double machine = model.probability("Delegates carry out talks in Madrid in the framework of the accord.");
    double human = model.probability("Delegates hold talks in Madrid under the accord.");
    assertTrue(machine > 0.5 && human < 0.5, machine + " vs " + human);
  }

  @Test
  void savedModelScoresAsTheFittedOne(@TempDir Path dir) throws Exception {
    NgramTrainer trainer = new NgramTrainer(new NgramFeatures.Config(1 << 12, 2, 3, 1), 0.5);
    NgramModel model = trainer.fit(examples(trainer));
    model.save(dir, "test");
    NgramModel loaded = NgramModel.load(dir);
    String s = "Officials carry out talks in Bern.";
    assertEquals(model.probability(s), loaded.probability(s), 1e-6);
    assertTrue(NgramModel.isModelDirectory(dir));
  }

  @Test
  void needsBothLabels() {
    NgramTrainer trainer = new NgramTrainer(new NgramFeatures.Config(1 << 10, 1, 2, 0), 1.0);
    assertThrows(IllegalArgumentException.class, () -> trainer.fit(List.of(trainer.extract("only human", 0))));
  }
}
