package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.imagery.PictureFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagerySignalTest {
  @Test
  void theEvidencePointsAtEachUnexplainedPicture() {
    String text = "Markets rose. The regulator must have had tomatoes on its eyes when it approved the merger.";
    List<SentenceFindings> findings = run(new ImagerySignal(PictureFixtures.model("eye", "blind")), body(text));
    assertNull(findings.get(0).features().get(ImagerySignal.UNEXPLAINED_PICTURE));
    assertTrue(findings.get(1).features().get(ImagerySignal.UNEXPLAINED_PICTURE) > 0);
    List<String> pointed = findings.get(1).evidence().stream().map(e -> text.substring(e.start(), e.end())).toList();
    assertEquals(List.of("tomatoes", "eyes"), pointed);
    Evidence first = findings.get(1).evidence().get(0);
    assertEquals("unexplained-picture", first.rule());
  }

  @Test
  void theBundledModelSeesALiteralIdiomAndNotItsEnglishCousin() {
    ImagerySignal bundled = ImagerySignal.bundled();
    List<SentenceFindings> literal = run(bundled, body("The minister has been hanging noodles on the ears of voters."));
    List<SentenceFindings> english = run(bundled, body("The minister has been pulling the wool over voters' eyes."));
    assertTrue(literal.get(0).features().getOrDefault(ImagerySignal.UNEXPLAINED_PICTURE, 0.0) > 0);
    assertNull(english.get(0).features().get(ImagerySignal.UNEXPLAINED_PICTURE));
  }
}
