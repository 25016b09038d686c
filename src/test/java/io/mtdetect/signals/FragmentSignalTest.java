package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentSignalTest {
  private final FragmentSignal signal = new FragmentSignal();

  @Test
  void flagsClauseCutByAFullStop() {
    SegmentedArticle a = body("Moscow threatens its neighbor, a former Soviet republic. whose independence it resents.");
    List<SentenceFindings> f = run(signal, a);
    assertEquals(2, a.sentences().size());
    assertEquals(0, f.get(0).feature(FragmentSignal.LOWERCASE_START));
    assertEquals(1, f.get(1).feature(FragmentSignal.LOWERCASE_START));
    String flagged = a.article().text().substring(f.get(1).evidence().get(0).start(), f.get(1).evidence().get(0).end());
    assertEquals("whose", flagged);
  }

  @Test
  void identifiersAndTheInformalPronounAreNoCutClauses() {
    SegmentedArticle a = body("We benchmarked it on a laptop. pg_duckdb employs additional optimizations. "
        + "Strings are wide. wchar_t is platform-dependent. I tried it yesterday. i'm a 16-year-old high school senior. "
        + "Call the function. main() returns zero. It runs as PID 1. systemd provides parallelization. "
        + "Functions starting with use are Hooks. useState is a built-in Hook.");
    assertEquals(0, total(run(signal, a), FragmentSignal.LOWERCASE_START));
  }

  @Test
  void flagsShortTailPiece() {
    SegmentedArticle a = body("Some analysts say he wanted a meeting with the newcomer. American president.");
    assertEquals(1, total(run(signal, a), FragmentSignal.SHORT_PIECE));
  }

  @Test
  void leavesCompleteSentencesAlone() {
    SegmentedArticle a = body(
        "The minister met his counterpart on Thursday. He declined. The talks will resume in January. "
            + "iPhone sales rose. U.S. officials said the meeting was useful.");
    List<SentenceFindings> f = run(signal, a);
    assertEquals(0, total(f, FragmentSignal.LOWERCASE_START));
    assertEquals(0, total(f, FragmentSignal.SHORT_PIECE));
  }

  @Test
  void lowerCaseAtParagraphStartIsNotAFragment() {
    SegmentedArticle a = body("The talks ended.\nthe next round is in May.");
    assertEquals(0, total(run(signal, a), FragmentSignal.LOWERCASE_START));
  }

  @Test
  void forumPostsStartingInLowerCaseAreNoCutClauses() {
    String text = "I tried every driver I could find. nothing worked until I changed the cable.";
    assertEquals(1.0, io.mtdetect.TestArticles.total(run(signal, body(text)), FragmentSignal.LOWERCASE_START));
    io.mtdetect.core.SegmentedArticle forum = io.mtdetect.pipeline.DefaultPipeline.segmenter()
        .segment(new io.mtdetect.core.Article("t", "t", null, text, io.mtdetect.core.Article.TextLayout.BODY_ONLY, null,
            null, "forum"));
    assertEquals(0.0, io.mtdetect.TestArticles.total(run(signal, forum), FragmentSignal.LOWERCASE_START));
  }

  @Test
  void aWriterWhoStartsInLowerCaseHasNoCutClausesButOneStrayLineDoesNotHideThem() {
    String review = "the chair arrived on time. easy to assemble except the back piece.\n"
        + "great value for the money! works as described.\nwe bought two more. they match the table.";
    assertEquals(0, total(run(signal, body(review)), FragmentSignal.LOWERCASE_START));
    String news = "Moscow threatens its neighbor, a former Soviet republic. whose independence it resents.\n"
        + "the talks ended without a date.\nThe ministers left.";
    assertEquals(1, total(run(signal, body(news)), FragmentSignal.LOWERCASE_START));
  }

  @Test
  void aPieceAfterAnInstitutionsAbbreviationIsNoCutClause() {
    assertEquals(0.0, total(run(signal, body("The panel included John Donovan (Univ. of Notre Dame) and two others.")),
        FragmentSignal.LOWERCASE_START));
  }
}
