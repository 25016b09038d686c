package io.mtdetect.segment;

import io.mtdetect.core.Article;
import io.mtdetect.core.PageTypeHabits;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SkippedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 2 of the pipeline: drops furniture lines (reporting them), takes the headline for
 * plain-text articles, and splits every remaining line (a paragraph) into sentences. Sentences
 * never cross a line break: in scraped news a line break is a paragraph boundary.
 */
public final class Segmenter {
  /** Longer first lines are a paragraph, not a headline. */
  static final int MAX_HEADLINE_WORDS = 25;
  /** A full stop (or an ellipsis) at the end, before any closing quote or bracket; "U.S." is an abbreviation. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})(?<!\\.\\p{Lu})\\.[\"'”’)\\]]*$");

  private final BoilerplateFilter boilerplate;
  private final SentenceSplitter splitter;
  private final OtherLanguageLines otherLanguage;

  public Segmenter(BoilerplateFilter boilerplate, SentenceSplitter splitter, OtherLanguageLines otherLanguage) {
    this.boilerplate = boilerplate;
    this.splitter = splitter;
    this.otherLanguage = otherLanguage;
  }

  public SegmentedArticle segment(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<SkippedLine> skipped = new ArrayList<>();
    String title = article.title();
    boolean needHeadline = article.layout() == Article.TextLayout.HEADLINE_FIRST && title == null;
    int paragraph = 0;
    int lineStart = 0;
    Set<Integer> outsidePosts = ForumPosts.linesOutsidePosts(article);
    boolean mixesLanguages = PageTypeHabits.mixesLanguages(article.pageType());
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        boolean outsidePost = outsidePosts.contains(lineStart);
        Optional<String> furniture = article.markup().kindOf(line)
            .or(() -> outsidePost ? Optional.of(ForumPosts.OUTSIDE_POSTS) : Optional.empty())
            .or(() -> boilerplate.classify(line))
            .or(() -> mixesLanguages && otherLanguage.isOtherLanguage(line) ? Optional.of(OtherLanguageLines.KIND)
                : Optional.empty());
        int start = lineStart + leadingSpace(line);
        int end = lineStart + line.stripTrailing().length();
        if (furniture.isPresent()) {
          skipped.add(new SkippedLine(start, end, text.substring(start, end), furniture.get()));
        } else if (needHeadline && readsAsHeadline(line)) {
          title = text.substring(start, end);
          needHeadline = false;
        } else {
          // Reposts often drop the headline; a first line that reads as prose is the lede: scored, no title.
          needHeadline = false;
          for (SentenceSplitter.Span span : splitter.split(line)) {
            int s = lineStart + span.start();
            int e = lineStart + span.end();
            sentences.add(new Sentence(sentences.size(), paragraph, s, e, text.substring(s, e)));
          }
          paragraph++;
        }
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return new SegmentedArticle(article, title, sentences, skipped);
  }

  /**
   * A headline is short and never ends like a sentence; a paragraph as long as a lede, or one that ends
   * with a full stop, is body text.
   */
  static boolean readsAsHeadline(String line) {
    String stripped = line.strip();
    return wordCount(stripped) <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(stripped).find();
  }

  private static int wordCount(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static int leadingSpace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
