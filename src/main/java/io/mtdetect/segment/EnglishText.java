package io.mtdetect.segment;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article is English at all. A French product page or a German review scored as English reads as
 * the worst machine translation there is (every word a misspelling), which tells a user nothing: such text is
 * refused, as an unreadable input is; so is a page of names, numbers and prices with hardly a sentence (a
 * citation profile, a price list). English prose has a fifth of its words or more among these function words
 * (never under 12% in the fit's 5,800 articles and round trips, of every engine); French, German and Spanish
 * pages have under 2% (WCXB's development pages: docs/benchmark.md, issue 28).
 */
public final class EnglishText {
  /** English function words that other languages using the Latin alphabet rarely write. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "is", "that", "for", "it", "with",
      "as", "was", "are", "be", "by", "this", "at", "from", "or", "an", "have", "not", "but", "they", "you", "we",
      "he", "his", "her", "which", "will", "can", "has", "were", "their", "been", "would", "there", "what", "all",
      "if", "more", "when", "who", "one", "so", "its", "about", "our", "my", "your", "do", "than", "into", "out",
      "up", "she", "them", "these", "how", "also", "just", "only", "other", "some", "any", "may", "should", "after");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  /** Below this share of function words a text is not English. */
  static final double MIN_SHARE = 0.05;
  /** Texts shorter than this many words are never refused: a headline or a list says too little. */
  static final int MIN_WORDS = 20;

  /** The share of function words among the article's words, or empty when it is too short to tell. */
  public static OptionalDouble functionWordShare(SegmentedArticle article) {
    int words = 0;
    int function = 0;
    for (Sentence sentence : article.sentences()) {
      Matcher m = WORD.matcher(sentence.text());
      while (m.find()) {
        words++;
        if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
          function++;
        }
      }
    }
    return words < MIN_WORDS ? OptionalDouble.empty() : OptionalDouble.of((double) function / words);
  }

  /** Why the article is not scored as English, or null when it is (or too short to tell). */
  public static String refusal(SegmentedArticle article) {
    OptionalDouble share = functionWordShare(article);
    if (share.isPresent() && share.getAsDouble() < MIN_SHARE) {
      return String.format(Locale.ROOT, "not English prose (%.1f%% of its words are English function words; English"
          + " prose has 20%% or more)", 100 * share.getAsDouble());
    }
    return null;
  }

  private EnglishText() {}
}
