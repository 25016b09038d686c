package io.mtdetect.imagery.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.imagery.ContentWords;
import io.mtdetect.imagery.PictureModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PictureCounterTest {
  private static List<String> unexplained(PictureModel model, String text) {
    return model.unexplained(ContentWords.of(text, model.nouns())).stream().map(p -> p.word().lemma()).toList();
  }

  @Test
  void aPairSeenTwiceAndMoreOftenThanChanceExplainsItsPicture() {
    PictureCounter counter = new PictureCounter(io.mtdetect.imagery.PictureFixtures.NOUNS);
    for (int i = 0; i < 2; i++) {
      counter.add("The senator turned a blind eye to the report.");
    }
    counter.add("Tomatoes grew in the regulator's garden.");
    for (int i = 0; i < 50; i++) {
      counter.add("Voters waited for the budget vote in parliament while ministers argued about taxes.");
    }
    PictureModel model = counter.model(2, 1.0);
    assertEquals(List.of(), unexplained(model, "A blind eye."));
    // seen once beside "regulator": not enough to explain the picture
    assertEquals(List.of("tomato"), unexplained(model, "Tomatoes for the regulator."));
  }
}
