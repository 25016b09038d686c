package io.mtdetect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.core.Relation;
import io.mtdetect.match.align.Alignment;
import io.mtdetect.match.align.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationRuleTest {
  /** An alignment linking the given query sentences one to one, in order, at {@code similarity}. */
  private static Alignment linked(int querySentences, int originalSentences, int links, double similarity, int verbatim) {
    List<Link> list = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      list.add(new Link(i, i + 1, i, i + 1, similarity, i < verbatim));
    }
    return new Alignment(list, querySentences, originalSentences);
  }

  @Test
  void mostSentencesAlignedIsTheSameTextCopiedOrReworded() {
    assertEquals(Optional.of(Relation.COPY), RelationRule.of(linked(10, 10, 9, 1.0, 9)));
    assertEquals(Optional.of(Relation.ROUND_TRIP), RelationRule.of(linked(10, 10, 9, 0.7, 2)));
    assertEquals(Optional.of(Relation.SAME_STORY), RelationRule.of(linked(10, 10, 2, 0.5, 0)));
    assertEquals(Optional.empty(), RelationRule.of(linked(10, 10, 1, 0.5, 0)));
  }

  @Test
  void aLongArticleMustCoverMostOfTheOriginal() {
    assertEquals(Optional.of(Relation.SAME_STORY), RelationRule.of(linked(20, 40, 12, 0.85, 6)),
        "12 of the original's 40 sentences: another edit of the same wire story");
    assertEquals(Optional.of(Relation.ROUND_TRIP), RelationRule.of(linked(20, 20, 16, 0.75, 0)));
  }

  @Test
  void anExcerptMustStayCloseToItsOriginal() {
    assertEquals(Optional.of(Relation.COPY), RelationRule.of(linked(5, 12, 5, 1.0, 5)), "a teaser copied word for word");
    assertEquals(Optional.of(Relation.ROUND_TRIP), RelationRule.of(linked(5, 12, 5, 0.7, 0)));
    assertEquals(Optional.of(Relation.SAME_STORY), RelationRule.of(linked(5, 12, 4, 0.5, 0)),
        "a short report echoing a longer one");
  }

  @Test
  void aShortTextEchoingALongArticleIsNotItsRepost() {
    assertEquals(Optional.of(Relation.SAME_STORY), RelationRule.of(linked(3, 40, 2, 0.6, 0)),
        "two of three sentences aligned, but 5% of the original");
  }

  @Test
  void aShortRoundTripIsDecidedByTheWholeTextWhenRetrievalIsClear() {
    Alignment oneOfFour = linked(4, 4, 1, 0.5, 0);
    assertEquals(Optional.empty(), RelationRule.of(oneOfFour));
    assertEquals(Optional.of(Relation.ROUND_TRIP), RelationRule.of(oneOfFour, 0.35, true));
    assertEquals(Optional.empty(), RelationRule.of(oneOfFour, 0.35, false), "retrieval not clear");
    assertEquals(Optional.empty(), RelationRule.of(oneOfFour, 0.2, true), "too little in common");
    assertEquals(Optional.empty(), RelationRule.of(linked(4, 12, 1, 0.5, 0), 0.35, true), "lengths differ");
    assertEquals(Optional.empty(), RelationRule.of(linked(20, 20, 1, 0.5, 0), 0.35, true), "not short");
  }
}
