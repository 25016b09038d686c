package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.core.Article;
import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SkippedLine;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class ForumPostsTest {
  private final Segmenter segmenter = io.mtdetect.pipeline.DefaultPipeline.segmenter();

  private static final String TEXT = String.join("\n",
      "Since the last driver update my screen flickers at 144 Hz, and it did not do that before the update.",
      "30.5k 18 gold badges 90 silver badges",
      "Roll back to the previous driver: the new one has a known bug with high refresh rates on this card.",
      "Required, but never shown");

  private SegmentedArticle segment(String pageType, List<String> posts) {
    return segmenter.segment(new Article("t", "t.html", "Flicker", TEXT, Article.TextLayout.BODY_ONLY, null, null, pageType,
        new PageMarkup(List.of(), Set.of(), Set.of(), posts)));
  }

  @Test
  void onAThreadWhosePostsHoldMostOfTheTextWhatIsOutsideThemIsSetAside() {
    SegmentedArticle thread = segment("forum", List.of(TEXT.lines().toList().get(0), TEXT.lines().toList().get(2)));
    assertEquals(2, thread.sentences().size(), thread.sentences().toString());
    assertEquals(List.of("30.5k 18 gold badges 90 silver badges", "Required, but never shown"),
        thread.skipped().stream().filter(l -> l.reason().equals("outside-posts")).map(SkippedLine::text).toList());
  }

  @Test
  void postsHoldingLittleOfThePageOrAnotherPageTypeSetNothingAside() {
    SegmentedArticle partial = segment("forum", List.of("Required, but never shown"));
    assertEquals(0, partial.skipped().stream().filter(l -> l.reason().equals("outside-posts")).count());
    SegmentedArticle article = segment("article", List.of(TEXT.lines().toList().get(0)));
    assertEquals(0, article.skipped().stream().filter(l -> l.reason().equals("outside-posts")).count());
  }
}
