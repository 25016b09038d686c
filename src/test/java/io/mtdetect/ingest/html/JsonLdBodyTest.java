package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdBodyTest {
  private static List<String> bodyOf(String articleBody) {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + articleBody + "\"}</script></head><body></body></html>";
    return JsonLdBody.find(Jsoup.parse(html));
  }

  @Test
  void entitiesAreDecodedEvenWithoutTags() {
    assertEquals(List.of("Prices rose by two percent.", "Food & energy led."),
        bodyOf("Prices rose&nbsp;by two percent.\\n&nbsp;\\nFood &amp; energy led."));
  }

  @Test
  void markupIsFlattenedIntoItsParagraphsAndPlainTextWithALessThanSignIsLeftAlone() {
    assertEquals(List.of("Prices rose.", "Food led."), bodyOf("<p>Prices rose.</p><p>Food led.</p>"));
    assertEquals(List.of("Inflation < 2% is the target.", "It was 3%."), bodyOf("Inflation < 2% is the target.\\nIt was 3%."));
  }
}
