package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisclosureSignalTest {
  private final DisclosureSignal signal = new DisclosureSignal();

  @Test
  void flagsProgrammaticTranslationFooter() {
    assertEquals(1, total(run(signal, body(
        "Not all news on the site expresses its view, but we transmit this news automatically and translate it "
            + "through programmatic technology on the site and not from a human editor.")),
        DisclosureSignal.DISCLOSURE));
  }

  @Test
  void flagsAutomaticAggregator() {
    assertEquals(1, total(run(signal, body("USTimeToday is an automatic aggregator of the all world’s media.")),
        DisclosureSignal.DISCLOSURE));
  }

  @Test
  void ignoresNewsAboutTranslation() {
    assertEquals(0, total(run(signal, body(
        "The minister's remarks were translated by an interpreter. Automatic weapons were seized. "
            + "The machine learning firm raised $5 million.")),
        DisclosureSignal.DISCLOSURE));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Many translators are already being handed AI-translated content for editing.",
      "The report explains how digital technologies translate into higher productivity for small firms.",
      "The editor supports dozens of file formats and offers automatic translations of menus and help pages.",
      "Google's machine translation service now covers 240 languages.",
      "The app uses AI to translate speech in real time.",
      "Cognos has automated data preparation tools to automatically cleanse and aggregate data sources.",
      "Ask the assistant to draft blog posts, then schedule them to publish automatically.",
      "Its clients use AI translation workflows, among them the US Department of Defense."})
  void ignoresSentencesAboutTranslationThatDiscloseNothing(String text) {
    assertEquals(0, total(run(signal, body(text)), DisclosureSignal.DISCLOSURE), text);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "This article was machine-translated from Romanian.",
      "Automatically translated from German.",
      "This content has been translated using artificial intelligence.",
      "We translate our news with machine translation software and check it afterwards.",
      "We transmit this news automatically from the agencies.",
      "The site is an automated news aggregator."})
  void flagsStatementsThatThisTextWasTranslatedBySoftware(String text) {
    assertEquals(1, total(run(signal, body(text)), DisclosureSignal.DISCLOSURE), text);
  }
}
