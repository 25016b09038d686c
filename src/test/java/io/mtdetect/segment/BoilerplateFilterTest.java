package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
  private final BoilerplateFilter filter = new BoilerplateFilter();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Skip to content|navigation",
      "Back to top button|navigation",
      "Related Articles|related-links",
      "Share on Facebook|share-bar",
      "12 Comments|comments",
      "Leave a Reply|comments",
      "Thursday, December 2, 2021|date-strip",
      "2021-12-02 14:30|date-strip",
      "London 12°C Partly cloudy|weather-strip",
      "By Humeyra Pamuk and Johan Ahlander|byline",
      "(Additional reporting by Niklas Polland; Writing by Mark Trevelyan)|credit-line",
      "nytimes Gt|section-label",
      "sâmbătă, 25 mai 2024 - 7:43|date-strip",
      "Montag, 25. Mai 2024|date-strip",
      "25.05.2024 07:43|date-strip",
      "mercredi 3 janvier 2024, 18h30|date-strip",
      "No menu items!|navigation",
      "Acasă • Politică • Externe • Sport • Opinii|navigation"})
  void recognisesFurniture(String line, String reason) {
    assertEquals(Optional.of(reason), filter.classify(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Blinken confronts Russia’s Lavrov over Ukraine, warns of ‘serious costs’",
      "“The only threat is that of further Russian aggression against Ukraine,” Blinken said.",
      "By the end of January, 27 diplomats will have left.",
      "Not all news on the site expresses the point of view of the site, but we translate it through programmatic technology.",
      "OSCE meeting in Stockholm",
      "In May 2024 prices rose 5 percent.",
      "Biden spoke on 25 May 2024.",
      "Talks resumed on 25 May 2024 in Geneva",
      "Left • Right • Centre: how the three camps read the 2024 vote."})
  void keepsArticleText(String line) {
    assertTrue(filter.classify(line).isEmpty(), line);
  }
}
