package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GarbledNameSignalTest {
  private final NameGazetteer gazetteer = new NameGazetteer(Map.of(
      "Putin", 4000, "Republic", 1200, "Lavrov", 300, "Blinken", 900, "Hagan", 400, "Pruitt", 2, "Russia", 9000,
      "Russian", 5000), 300);
  private final GarbledNameSignal signal = new GarbledNameSignal(gazetteer);

  @Test
  void flagsNearMissesOfFrequentNamesAndNamesTheOriginal() {
    SegmentedArticle a = body("Mr. Poutin met the envoy. The Respublic of Belarus agreed. Blinkenn arrived late.");
    List<SentenceFindings> f = run(signal, a);
    for (int i = 0; i < 3; i++) {
      assertEquals(1, f.get(i).feature(GarbledNameSignal.NEAR_MISS), "sentence " + i);
    }
    Evidence e = f.get(0).evidence().get(0);
    assertEquals("Poutin", a.article().text().substring(e.start(), e.end()));
    assertTrue(e.message().contains("\"Putin\""), e.message());
    assertTrue(f.get(1).evidence().get(0).message().contains("\"Republic\""));
  }

  @Test
  void aNameThePageSetsInCodeIsNoRespelling() {
    String text = "Mr. Poutin met the envoy.";
    assertEquals(1, io.mtdetect.TestArticles.total(run(signal, body(text)), GarbledNameSignal.NEAR_MISS));
    io.mtdetect.core.PageMarkup markup = new io.mtdetect.core.PageMarkup(List.of(), java.util.Set.of(),
        java.util.Set.of("poutin"));
    assertEquals(0, io.mtdetect.TestArticles.total(run(signal, io.mtdetect.TestArticles.page(text, markup)),
        GarbledNameSignal.NEAR_MISS));
  }

  @Test
  void leavesRealNamesAlone() {
    // Known names, names far from any frequent one, and rare names that happen to be known.
    SegmentedArticle a = body("Putin called Lavrov. Russian officials spoke to Zelensky. Pruitt and Hagan left.");
    List<SentenceFindings> f = run(signal, a);
    for (SentenceFindings s : f) {
      assertEquals(0, s.feature(GarbledNameSignal.NEAR_MISS), s.evidence().toString());
    }
  }

  @Test
  void aFrequentNameIsNeverItselfANearMiss() {
    assertEquals(Optional.empty(), gazetteer.nearMiss("Russia", 2));
    assertEquals(Optional.of("Russia"), gazetteer.nearMiss("Rusia", 2));
    // Two edits away is not offered: too many real names are two letters from a frequent one.
    assertEquals(Optional.empty(), gazetteer.nearMiss("Poutine", 2));
    assertTrue(NameGazetteer.oneEditApart("Poutin", "Putin"));
    assertFalse(NameGazetteer.oneEditApart("Putni", "Putin"));
  }

  @Test
  void theBundledGazetteerKnowsTheSeedsNames() {
    NameGazetteer bundled = NameGazetteer.bundled(GarbledNameSignal.MIN_NAME_COUNT);
    assertTrue(bundled.count("Putin") > 1000);
    assertEquals(Optional.of("Putin"), bundled.nearMiss("Poutin", GarbledNameSignal.MAX_OWN_COUNT));
    assertEquals(Optional.empty(), bundled.nearMiss("Lavrov", GarbledNameSignal.MAX_OWN_COUNT));
  }
}
