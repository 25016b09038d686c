package io.mtdetect.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mtdetect.core.Article;
import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.PostResult;
import io.mtdetect.core.ScoredSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostScorerTest {
  private final ArticleScorer scorer = new ArticleScorer(ScorerModel.bundled());
  private final PostScorer posts = new PostScorer(scorer);

  private static final String TEXT = String.join("\n",
      "Screen flickers after update",
      "Since the last driver update my screen flickers. It did not do that before.",
      "Yes, roll back to the previous driver.",
      "Thanks, that fixed it. Marking this as solved.");

  /** The sentences of {@link #TEXT} after its title line, with their offsets, as a scorer hands them over. */
  private static List<ScoredSentence> sentences() {
    List<ScoredSentence> list = new ArrayList<>();
    String[] texts = {"Since the last driver update my screen flickers.", "It did not do that before.",
        "Yes, roll back to the previous driver.", "Thanks, that fixed it.", "Marking this as solved."};
    int paragraph = 0;
    for (String s : texts) {
      int start = TEXT.indexOf(s);
      list.add(new ScoredSentence(list.size(), paragraph++, start, start + s.length(), s, 0.1,
          Map.of("lt.grammar", 0.0), List.of()));
    }
    return list;
  }

  private static Article page(String pageType, List<String> postBodies) {
    return new Article("t", "t.html", "Screen flickers after update", TEXT, Article.TextLayout.BODY_ONLY, null, null,
        pageType, new PageMarkup(List.of(), Set.of(), Set.of(), postBodies));
  }

  @Test
  void scoresEachPostOfAForumThreadAsATextOfItsOwn() {
    List<String> bodies = List.of("Since the last driver update my screen flickers. It did not do that before.",
        "Yes, roll back to the previous driver.", "Thanks, that fixed it. Marking this as solved.");
    List<PostResult> scored = posts.score(page("forum", bodies), sentences());
    assertEquals(3, scored.size(), scored.toString());
    assertEquals(List.of(0, 1, 2), scored.stream().map(PostResult::post).toList());
    assertEquals(List.of(0, 2, 3), scored.stream().map(PostResult::firstSentence).toList());
    assertEquals(List.of(1, 2, 4), scored.stream().map(PostResult::lastSentence).toList());
    PostResult second = scored.get(1);
    ArticleScorer.Scored alone = scorer.ofSentences(sentences().subList(2, 3));
    assertEquals(alone.mtProbability(), second.mtProbability(), 1e-12, "a post scores as its sentences alone would");
    assertEquals(alone.verdict(), second.verdict());
    assertEquals(scored, posts.rescore(scored, sentences()), "rescoring with the same scorer changes nothing");
  }

  @Test
  void onlyForumThreadsWithPostsInTheirMarkupGetPosts() {
    assertNull(posts.score(page("article", List.of("Yes, roll back to the previous driver.")), sentences()));
    assertNull(posts.score(page("forum", List.of()), sentences()));
    assertNull(posts.rescore(null, sentences()));
  }
}
