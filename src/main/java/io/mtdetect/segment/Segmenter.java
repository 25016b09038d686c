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

  private final ShoutedText shouted;

  public Segmenter(BoilerplateFilter boilerplate, SentenceSplitter splitter, OtherLanguageLines otherLanguage,
      ShoutedText shouted) {
    this.boilerplate = boilerplate;
    this.splitter = splitter;
    this.otherLanguage = otherLanguage;
    this.shouted = shouted;
  }

  public SegmentedArticle segment(Article input) {
    // Offsets refer to the text as segmented: a wrapped text's lines joined (HardWraps); other spaces read as
    // plain ones, one for one (SpaceSeparators); a text in capitals in news's case, one for one (ShoutedText).
    Article article = HardWraps.unwrapped(shouted.recased(SpaceSeparators.plain(input)));
    String text = article.text();
    List<Line> lines = furniture(article);
    List<Sentence> sentences = new ArrayList<>();
    List<SkippedLine> skipped = new ArrayList<>();
    String title = article.title();
    boolean needHeadline = article.layout() == Article.TextLayout.HEADLINE_FIRST && title == null;
    int paragraph = 0;
    for (Line line : lines) {
      int start = line.start() + leadingSpace(line.text());
      int end = line.start() + line.text().stripTrailing().length();
      if (line.kind().isPresent()) {
        skipped.add(new SkippedLine(start, end, text.substring(start, end), line.kind().get()));
      } else if (needHeadline && readsAsHeadline(line.text())) {
        title = text.substring(start, end);
        needHeadline = false;
      } else {
        // Reposts often drop the headline; a first line that reads as prose is the lede: scored, no title.
        needHeadline = false;
        for (SentenceSplitter.Span span : splitter.split(line.text())) {
          int s = line.start() + span.start();
          int e = line.start() + span.end();
          sentences.add(new Sentence(sentences.size(), paragraph, s, e, text.substring(s, e)));
        }
        paragraph++;
      }
    }
    return new SegmentedArticle(article, title, sentences, skipped);
  }

  /** A non-blank line of the text: where it starts, its text, and what furniture it is, if any. */
  private record Line(int start, String text, Optional<String> kind) {}

  /**
   * Every non-blank line with its furniture kind: what the markup, the forum posts, the boilerplate rules and
   * the language say of the line alone, then what its neighbours say of code ({@link CodeBlocks}), of lists of names
   * ({@link NameLists}) and of a template's repeated lines ({@link RepeatedLines}).
   */
  private List<Line> furniture(Article article) {
    String text = article.text();
    List<Integer> starts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      String line = text.substring(lineStart, newline < 0 ? text.length() : newline);
      if (!line.isBlank()) {
        starts.add(lineStart);
        texts.add(line);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    Set<Integer> outsidePosts = ForumPosts.linesOutsidePosts(article, texts);
    boolean mixesLanguages = PageTypeHabits.mixesLanguages(article.pageType());
    List<Optional<String>> kinds = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String line = texts.get(i);
      boolean outsidePost = outsidePosts.contains(i);
      kinds.add(article.markup().kindOf(line)
          .or(() -> outsidePost ? Optional.of(ForumPosts.OUTSIDE_POSTS) : Optional.empty())
          .or(() -> boilerplate.classify(line))
          .or(() -> mixesLanguages && otherLanguage.isOtherLanguage(line) ? Optional.of(OtherLanguageLines.KIND)
              : Optional.empty()));
    }
    CodeBlocks.markCode(texts, kinds);
    NameLists.markNameLists(texts, kinds);
    RepeatedLines.markRepeated(texts, kinds);
    List<Line> lines = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new Line(starts.get(i), texts.get(i), kinds.get(i)));
    }
    return lines;
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

  static int leadingSpace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
