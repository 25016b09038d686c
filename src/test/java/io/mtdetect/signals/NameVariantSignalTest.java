package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantSignalTest {
  private final NameVariantSignal signal = new NameVariantSignal();

  @Test
  void flagsTheRarerSpellingOfAName() {
    SegmentedArticle a = body("Putin spoke on Monday. Putin said talks would go on. Aides to Poutin disagreed.");
    List<SentenceFindings> f = run(signal, a);
    assertEquals(0, f.get(0).feature(NameVariantSignal.VARIANT));
    assertEquals(0, f.get(1).feature(NameVariantSignal.VARIANT));
    assertEquals(1, f.get(2).feature(NameVariantSignal.VARIANT));
    Evidence e = f.get(2).evidence().get(0);
    assertEquals("Poutin", a.article().text().substring(e.start(), e.end()));
    assertTrue(e.message().contains("\"Putin\""));
  }

  @Test
  void foldsCommonTransliterationDifferences() {
    assertEquals(NameVariantSignal.transliterationKey("Kyiv"), NameVariantSignal.transliterationKey("Kiev"));
    assertEquals(NameVariantSignal.transliterationKey("Troianovski"), NameVariantSignal.transliterationKey("Troianovsky"));
    assertEquals(NameVariantSignal.transliterationKey("Erdogan"), NameVariantSignal.transliterationKey("Erdoğan"));
    assertTrue(!NameVariantSignal.transliterationKey("Russia").equals(NameVariantSignal.transliterationKey("Russian")));
  }

  @Test
  void flagsHonorificWithAndWithoutFullStop() {
    SegmentedArticle a = body("Mr Blinken spoke first. Mr Lavrov replied. Then Mr. Blinken left.");
    List<SentenceFindings> f = run(signal, a);
    assertEquals(0, total(f, NameVariantSignal.VARIANT));
    assertEquals(1, total(f, NameVariantSignal.STYLE_VARIANT));
    assertEquals(1, f.get(2).feature(NameVariantSignal.STYLE_VARIANT));
  }

  @Test
  void consistentSpellingAndInflectionsAreNotVariants() {
    SegmentedArticle a = body(
        "Russia and Russian officials met Ukraine's envoy. Mr. Lavrov and Mr. Blinken spoke. "
            + "The U.S. team left; U.S. officials said Russia's position was clear. Ukrainians waited.");
    assertEquals(0, total(run(signal, a), NameVariantSignal.VARIANT));
    assertEquals(0, total(run(signal, a), NameVariantSignal.STYLE_VARIANT));
  }

  @Test
  void caseAndCommonWordsAtSentenceStartAreNotSpellings() {
    SegmentedArticle a = body("WASHINGTON (AP) Officials in Washington met. More talks are planned with more people. "
        + "Aides to Senator Moore said so.");
    assertEquals(0, total(run(signal, a), NameVariantSignal.VARIANT));
  }
}
