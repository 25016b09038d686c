package io.mtdetect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import io.mtdetect.core.Article.TextLayout;
import io.mtdetect.core.Relation;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsIndex;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalMatcherTest {
  static final Segmenter SEGMENTER = DefaultPipeline.segmenter();

  static final String ORIGINAL = String.join("\n", RoundTripFixture.ORIGINAL);
  static final String ROUND_TRIP = String.join(" ", RoundTripFixture.ROUND_TRIP.subList(0, 2)) + "\n"
      + String.join(" ", RoundTripFixture.ROUND_TRIP.subList(2, 5));
  static final String SAME_STORY = String.join("\n",
      "Western officials said on Tuesday that Vladimir Putin had massed troops near the border with Ukraine.",
      "Analysts in Kyiv expect talks between the two sides to resume in January in Geneva.",
      "NATO has promised to support its partners but has ruled out sending combat forces.",
      "Gas prices in Europe rose sharply after the talks, traders in London said.");
  static final List<String> UNRELATED = List.of(
      "The city council approved a new budget for public libraries on Monday evening.\n"
          + "Library opening hours will be extended at weekends from next spring, the mayor said.\n"
          + "Staff unions welcomed the decision but asked for more permanent contracts.",
      "Heavy rain is expected across the north of England throughout the weekend.\n"
          + "Forecasters issued flood warnings for rivers in Yorkshire and Cumbria.\n"
          + "Drivers were advised to avoid unnecessary journeys on Saturday night.",
      "The striker scored twice as the home side won the cup final in front of 80,000 fans.\n"
          + "It was the club's first trophy in eleven years, and the manager praised his young squad.\n"
          + "Celebrations went on late into the night in the city centre.");

  @TempDir static Path dir;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (OriginalsIndex index = OriginalsIndex.openOrCreate(dir)) {
      index.upsert(original("wire-1", ORIGINAL, "https://example.org/wire-1"));
      for (int i = 0; i < UNRELATED.size(); i++) {
        index.upsert(original("other-" + i, UNRELATED.get(i), null));
      }
    }
  }

  static IndexedOriginal original(String id, String text, String url) {
    SegmentedArticle s = SEGMENTER.segment(new Article(id, id, "Headline " + id, text, TextLayout.BODY_ONLY));
    return new IndexedOriginal(id, url, s.title(), s.sentences().stream().map(io.mtdetect.core.Sentence::text).toList());
  }

  private static Optional<OriginalMatch> match(String text) throws IOException {
    try (OriginalMatcher matcher = OriginalMatcher.open(dir)) {
      return matcher.find(SEGMENTER.segment(new Article("q", "q", null, text, TextLayout.BODY_ONLY)));
    }
  }

  @Test
  void aRoundTripIsMatchedToItsOriginalSentenceBySentence() throws IOException {
    OriginalMatch m = match(ROUND_TRIP).orElseThrow();
    assertEquals("wire-1", m.original().id());
    assertEquals(Relation.ROUND_TRIP, m.relation());
    assertEquals("https://example.org/wire-1", m.ref().url());
    assertEquals(1.0, m.ref().coverage());
    assertEquals(List.of(0, 1, 2, 3), m.alignment().links().stream().map(l -> l.originalFrom()).toList());
    assertEquals(List.of(0, 1, 2, 4), m.alignment().links().stream().map(l -> l.queryFrom()).toList());
  }

  @Test
  void aVerbatimCopyWithPageFurnitureIsACopy() throws IOException {
    String copy = "Advertisement\nShare this article\n" + ORIGINAL + "\nRead more: top stories\nComments are closed.";
    OriginalMatch m = match(copy).orElseThrow();
    assertEquals("wire-1", m.original().id());
    assertEquals(Relation.COPY, m.relation());
  }

  @Test
  void anotherReportOfTheSameStoryIsNeverACopyOrRoundTrip() throws IOException {
    Optional<Relation> relation = match(SAME_STORY).map(OriginalMatch::relation);
    assertTrue(relation.isEmpty() || relation.get() == Relation.SAME_STORY, relation.toString());
  }

  @Test
  void anUnrelatedArticleMatchesNothing() throws IOException {
    assertEquals(Optional.empty(), match("Scientists have found water ice in a crater near the Moon's south pole.\n"
        + "The discovery could help future crewed missions, the space agency said on Friday."));
  }
}
