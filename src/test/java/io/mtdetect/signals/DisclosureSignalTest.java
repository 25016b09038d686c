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
}
