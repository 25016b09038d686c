package io.mtdetect.match.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.match.RoundTripFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonotoneAlignerTest {
  static final List<String> ORIGINAL = RoundTripFixture.ORIGINAL;
  static final List<String> ROUND_TRIP = RoundTripFixture.ROUND_TRIP;

  private static List<SentenceProfile> profiles(List<String> sentences) {
    return sentences.stream().map(SentenceProfile::of).toList();
  }

  @Test
  void alignsARoundTripInOrderAndJoinsTheSplitSentence() {
    Alignment a = new MonotoneAligner().align(profiles(ROUND_TRIP), profiles(ORIGINAL));
    assertEquals(List.of(0, 1, 2, 4), a.links().stream().map(Link::queryFrom).toList());
    assertEquals(List.of(0, 1, 2, 3), a.links().stream().map(Link::originalFrom).toList());
    Link split = a.links().get(2);
    assertEquals(2, split.querySentences(), "the two fragments go to the one original sentence");
    assertEquals(1.0, a.coverage());
    assertEquals(1.0, a.originalCoverage());
    assertEquals(0.0, a.verbatimShare());
    assertTrue(a.similarity() > 0.6 && a.similarity() < 0.95, "reworded, not copied: " + a.similarity());
  }

  @Test
  void aVerbatimCopyWithFurnitureLinksEverySentenceVerbatimAndLeavesTheFurnitureOut() {
    List<String> copy = new java.util.ArrayList<>(ORIGINAL);
    copy.add(2, "Advertisement");
    copy.add("Share this article on Facebook");
    Alignment a = new MonotoneAligner().align(profiles(copy), profiles(ORIGINAL));
    assertEquals(4, a.links().size());
    assertTrue(a.links().stream().allMatch(Link::verbatim));
    assertEquals(1.0, a.originalCoverage());
    assertEquals(4.0 / 6, a.coverage(), 1e-9);
  }

  @Test
  void unrelatedSentencesAreNotLinked() {
    List<String> other = List.of(
        "The city council approved a new budget for public libraries on Monday evening.",
        "Heavy rain is expected across the north of England throughout the weekend.",
        "The striker scored twice as the home side won the cup final.");
    Alignment a = new MonotoneAligner().align(profiles(other), profiles(ORIGINAL));
    assertTrue(a.links().isEmpty(), a.links().toString());
    assertEquals(0.0, a.coverage());
  }

  @Test
  void similarityCreditsAGarbledNameAsANearMiss() {
    double garbled = SentenceSimilarity.of(SentenceProfile.of("Mr. Poutin met Mr. Blinken in Stockholm."),
        SentenceProfile.of("Mr Putin met Mr Blinken in Stockholm."));
    double unrelatedName = SentenceSimilarity.of(SentenceProfile.of("Mr. Macron met Mr. Blinken in Stockholm."),
        SentenceProfile.of("Mr Putin met Mr Blinken in Stockholm."));
    assertTrue(garbled > unrelatedName, garbled + " vs " + unrelatedName);
    assertFalse(EditDistance.withinOne("macron", "putin"));
    assertTrue(EditDistance.withinOne("poutin", "putin"));
    assertTrue(EditDistance.withinOne("lavrov", "lavorv"));
  }
}
