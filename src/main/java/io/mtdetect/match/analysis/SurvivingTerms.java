package io.mtdetect.match.analysis;

import io.mtdetect.match.align.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of an article survives a translation round trip, for retrieval: names (capitalised words
 * that do not start a sentence), numbers, and the words of quotations (a quote is translated
 * carefully, and its words are counted once more so they weigh more among the rare words).
 */
public final class SurvivingTerms {
  private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]{8,400})[\"“”]");
  private static final int MIN_NUMBER_DIGITS = 2;

  private final Map<String, Integer> names;
  private final Map<String, Integer> numbers;
  private final String quoted;

  private SurvivingTerms(Map<String, Integer> names, Map<String, Integer> numbers, String quoted) {
    this.names = names;
    this.numbers = numbers;
    this.quoted = quoted;
  }

  public static SurvivingTerms of(List<String> sentences) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    StringBuilder quoted = new StringBuilder();
    for (String sentence : sentences) {
      boolean first = true;
      for (Token token : Token.of(sentence)) {
        if (token.number()) {
          if (token.key().length() >= MIN_NUMBER_DIGITS) {
            numbers.merge(token.key(), 1, Integer::sum);
          }
        } else if (!first && token.capitalised() && token.text().length() > 1) {
          names.merge(name(token.text()), 1, Integer::sum);
        }
        first = false;
      }
      Matcher q = QUOTED.matcher(sentence);
      while (q.find()) {
        quoted.append(q.group(1)).append('\n');
      }
    }
    return new SurvivingTerms(names, numbers, quoted.toString());
  }

  private static String name(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
  }

  /** Distinct names, lower-cased, with how often each occurs. */
  public Map<String, Integer> names() {
    return names;
  }

  /** Distinct numbers (digits only) with how often each occurs. */
  public Map<String, Integer> numbers() {
    return numbers;
  }

  /** The text inside quotation marks, one quotation per line. */
  public String quoted() {
    return quoted;
  }

  /** The names as one whitespace-separated field value for {@link NewsAnalyzer}. */
  public String namesField() {
    return String.join(" ", names.keySet());
  }

  public String numbersField() {
    return String.join(" ", numbers.keySet());
  }
}
