package io.mtdetect.segment;

import io.mtdetect.core.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * On a forum thread whose markup shows its posts, what is not in a post is not the thread: badges and reputation
 * ("30.5k 18 gold badges"), "Post as a guest", "Required, but never shown", related threads. Those lines are set
 * aside as {@value #OUTSIDE_POSTS} when the posts hold most of the page's text, so a page whose post bodies the
 * markup shows only in part keeps the rest.
 */
final class ForumPosts {
  static final String OUTSIDE_POSTS = "outside-posts";
  /** The posts must hold at least this share of the text's characters before what is outside them is set aside. */
  static final double MIN_POSTS_SHARE = 0.5;

  private ForumPosts() {}

  /**
   * The indexes, in {@code lines} (the text's non-blank lines in order), of the lines that lie outside every post;
   * empty when none are to be set aside.
   */
  static Set<Integer> linesOutsidePosts(Article article, List<String> lines) {
    if (!"forum".equals(article.pageType()) || article.markup().posts().isEmpty()) {
      return Set.of();
    }
    int[] post = article.markup().postsOf(lines);
    long inPosts = 0;
    long all = 0;
    Set<Integer> outside = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      int chars = lines.get(i).strip().length();
      all += chars;
      if (post[i] >= 0) {
        inPosts += chars;
      } else {
        outside.add(i);
      }
    }
    return inPosts >= MIN_POSTS_SHARE * all ? outside : Set.of();
  }
}
