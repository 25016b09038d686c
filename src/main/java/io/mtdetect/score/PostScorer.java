package io.mtdetect.score;

import io.mtdetect.core.Article;
import io.mtdetect.core.PostResult;
import io.mtdetect.core.ScoredSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A forum thread's posts scored one by one. Posts are written by different people: a thread read as one text
 * mixes a machine-translated post with the replies around it, and a reader wants to know which post it is. Each
 * post is scored as a text of its length by the same scorer, so a one-line reply is judged on as little as it
 * says; the thread's own verdict stays that of the whole.
 */
public final class PostScorer {
  /** Page types whose posts are scored on their own. */
  static final String FORUM = "forum";

  private final ArticleScorer scorer;

  public PostScorer(ArticleScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * Each post's score, for a forum thread whose markup shows its posts; {@code null} for any other article.
   *
   * @param sentences the article's scored sentences, their offsets into {@code article.text()}
   */
  public List<PostResult> score(Article article, List<ScoredSentence> sentences) {
    if (!FORUM.equals(article.pageType()) || article.markup().posts().isEmpty() || sentences.isEmpty()) {
      return null;
    }
    // Each line once (a paragraph holds several sentences), then every sentence gets its line's post.
    List<String> lines = new ArrayList<>();
    int[] lineOf = new int[sentences.size()];
    String text = article.text();
    int lineStart = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int start = sentences.get(i).start();
      int from = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
      if (from != lineStart) {
        int to = text.indexOf('\n', start);
        lines.add(text.substring(from, to < 0 ? text.length() : to));
        lineStart = from;
      }
      lineOf[i] = lines.size() - 1;
    }
    int[] postOfLine = article.markup().postsOf(lines);
    int[] post = new int[sentences.size()];
    for (int i = 0; i < post.length; i++) {
      post[i] = postOfLine[lineOf[i]];
    }
    List<PostResult> posts = new ArrayList<>();
    int first = -1;
    for (int i = 0; i <= sentences.size(); i++) {
      boolean ends = i == sentences.size() || first >= 0 && post[i] != post[first] && post[i] >= 0;
      if (ends && first >= 0) {
        int last = i - 1;
        while (post[last] < 0) {
          last--;
        }
        posts.add(score(post[first], first, last, sentences));
        first = -1;
      }
      if (i < sentences.size() && first < 0 && post[i] >= 0) {
        first = i;
      }
    }
    return posts.isEmpty() ? null : List.copyOf(posts);
  }

  /** The posts of a saved result scored again from its sentences (after a refit), their sentence ranges kept. */
  public List<PostResult> rescore(List<PostResult> saved, List<ScoredSentence> sentences) {
    if (saved == null) {
      return null;
    }
    return saved.stream().map(p -> score(p.post(), p.firstSentence(), p.lastSentence(), sentences)).toList();
  }

  private PostResult score(int post, int first, int last, List<ScoredSentence> sentences) {
    ArticleScorer.Scored scored = scorer.ofSentences(sentences.subList(first, last + 1));
    return new PostResult(post, first, last, scored.mtProbability(), scored.quality(), scored.verdict());
  }
}
