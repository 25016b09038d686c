package io.mtdetect.segment;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph written in another language inside an English page: a German customer review on a shop page,
 * a French reply in a forum thread. Scored as English, each of its words is a misspelling and the page reads
 * as the most garbled machine translation there is, which says nothing about the English around it; on a web
 * page such a line is set aside as {@value #KIND} ({@link io.mtdetect.core.PageTypeHabits#mixesLanguages}: in a
 * news text it is a broken translation, and stays evidence). {@link EnglishText} refuses a page that is
 * other-language throughout.
 *
 * <p>The test counts lower-case words only (names, acronyms and sentence starts say nothing of the language)
 * and asks the English dictionaries about each: a machine translation that leaves a few words in its pivot
 * language ("garantian") keeps most of its words English, while a paragraph of German or Italian has most of
 * its lower-case words outside both dictionaries.
 */
public final class OtherLanguageLines {
  public static final String KIND = "other-language";
  /** Lines with fewer lower-case words than this are too short to tell ("Klare Kaufempfehlung!"). */
  static final int MIN_LOWER_CASE_WORDS = 5;
  /** From this share of lower-case words unknown to English dictionaries a line is in another language. */
  static final double MIN_UNKNOWN_SHARE = 0.6;
  /**
   * A lower-case word of two letters or more standing alone: not part of an identifier, a hyphenated compound, a
   * contraction, a host name, a path or a handle ("www.voc.com.cn", "@tailwindcss/vite").
   */
  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}_'’\\-./@:#])\\p{Ll}{2,}(?![\\p{L}\\p{N}_'’\\-/@]|[.:]\\p{L})");

  private final Predicate<String> englishWord;

  /** @param englishWord whether a lower-case word is English (in a dictionary of either spelling) */
  public OtherLanguageLines(Predicate<String> englishWord) {
    this.englishWord = englishWord;
  }

  /** Whether the line is a paragraph of another language. */
  public boolean isOtherLanguage(String line) {
    int words = 0;
    int unknown = 0;
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      String word = m.group();
      words++;
      if (!englishWord.test(word)) {
        unknown++;
      }
    }
    return words >= MIN_LOWER_CASE_WORDS && unknown >= MIN_UNKNOWN_SHARE * words;
  }
}
