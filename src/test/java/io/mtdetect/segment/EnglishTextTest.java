package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import org.junit.jupiter.api.Test;

class EnglishTextTest {
  @Test
  void refusesTextInAnotherLanguage() {
    String french = "Le barbecue charbon est fabriqué au Danemark à partir de matériaux robustes et conçus pour résister"
        + " aux intempéries. Déposez vos accessoires sur la tablette inférieure afin de toujours les avoir à portée de"
        + " main. Quel diffuseur s'intègre parfaitement dans une décoration intérieure ?";
    String why = EnglishText.refusal(TestArticles.body(french));
    assertNotNull(why);
    assertTrue(why.startsWith("not English prose"), why);
  }

  @Test
  void keepsEnglishEvenGarbledAndShortTexts() {
    assertNull(EnglishText.refusal(TestArticles.body("Secretary of USA of Antony State Blinken warned of the garantian"
        + " that the Russia would suffer the serious costs if it attacks the Ukraine, a former Soviet republic. whose"
        + " independence Moscow resents.")));
    assertNull(EnglishText.refusal(TestArticles.body("Le barbecue charbon est fabriqué au Danemark.")),
        "too short to tell");
  }
}
