package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignWordSignalTest {
  private static ForeignWordSignal signal;

  @BeforeAll
  static void load() {
    signal = ForeignWordSignal.bundled();
  }

  @ParameterizedTest
  @ValueSource(strings = {"garantian", "HSBCha", "aixecar", "amasigadode", "larimarkoj", "NATOa", "negocieri", "învățământ"})
  void wordsLeftInThePivotLanguageAreForeign(String word) {
    assertNotNull(signal.reason(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"guarantee", "colour", "color", "goverment", "recieve", "café", "façade", "MPs", "CEOs",
      "NATO", "the", "siloviki-free", "naïve", "nonsubmitters", "superforecasters", "welfarize", "spycraft",
      "formalwear", "quippy", "DREAMers", "MNsure", "trollishly", "œthe", "MIchael", "MSc"})
  void englishWordsTyposAndAcronymsAreNot(String word) {
    assertNull(signal.reason(word), word);
  }

  @Test
  void aWordThePageSetsInCodeIsAnIdentifier() {
    String text = "The handler is also available via the onopen property of the socket.";
    assertEquals(1, io.mtdetect.TestArticles.total(run(signal, body(text)), ForeignWordSignal.FOREIGN_WORD));
    io.mtdetect.core.PageMarkup markup = new io.mtdetect.core.PageMarkup(List.of(), java.util.Set.of(), java.util.Set.of("onopen"));
    assertEquals(0, io.mtdetect.TestArticles.total(run(signal, io.mtdetect.TestArticles.page(text, markup)),
        ForeignWordSignal.FOREIGN_WORD));
  }

  @Test
  void countsMidSentenceWordsAndPointsAtThem() {
    List<SentenceFindings> f = run(signal, body(
        "Russia searches binding garantian NATO will not expand in East. Garantian is the first word here. "
            + "See www.example.com/trupan for details."));
    assertEquals(1.0, f.get(0).features().get(ForeignWordSignal.FOREIGN_WORD));
    assertEquals("\"garantian\"", f.get(0).evidence().get(0).message().substring(0, 11));
    // A sentence's first word and a web address are not counted.
    assertEquals(0.0, f.get(1).features().getOrDefault(ForeignWordSignal.FOREIGN_WORD, 0.0));
    assertEquals(0.0, f.get(2).features().getOrDefault(ForeignWordSignal.FOREIGN_WORD, 0.0));
  }
}
