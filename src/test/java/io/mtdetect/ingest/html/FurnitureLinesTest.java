package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureLinesTest {
  private final FurnitureLines lines = FurnitureLines.of(List.of());

  @Test
  void unrenderedTemplateTagsAreFurniture() {
    assertTrue(lines.matches("{{hire-ai-eng=\"/case-banners/hire-ai-eng\"}}"));
    assertTrue(lines.matches("{% include newsletter.html %} {{ cta }}"));
    assertTrue(lines.matches("[gallery ids=\"12,13\" columns=3]"));
    assertTrue(lines.matches("[/caption]"));
  }

  @Test
  void bracketsAndBracesInProseAreNot() {
    assertFalse(lines.matches("[Editor's note: this story was updated on Monday.]"));
    assertFalse(lines.matches("[note: the figures are provisional]"));
    assertFalse(lines.matches("Set {{name}} in the template to greet each reader by name."));
    assertFalse(lines.matches("[1]"));
  }
}
