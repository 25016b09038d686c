package io.mtdetect.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises whole lines that are page furniture rather than article text: navigation, share and
 * comment widgets, bylines, date and weather strips. Such lines are not sentences an editor wrote,
 * so scoring them would blame the article for its web page.
 *
 * <p>Aggregator disclosure footers ("we translate it through programmatic technology") are
 * deliberately <em>not</em> furniture: they are evidence. Content that is not prose — code, reference
 * lists — is set aside here too ({@link NonProseLines}), with its own kind.
 */
public final class BoilerplateFilter {

  private record Rule(String reason, Pattern pattern) {}

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:mon|tues|wednes|thurs|fri|satur|sun)day";

  private static final List<Rule> RULES =
      List.of(
          rule(
              "navigation",
              "(?:skip to (?:main )?content|back to top(?: button)?|go to top|scroll to top|main menu|menu|home|"
                  + "search|close|next|previous|next article|previous article|toggle navigation|sign in|log ?in|"
                  + "register|subscribe(?: now)?|more|read more|continue reading|show more|load more|"
                  + "no menu items!?|menu items?|open menu|close menu)"),
          rule(
              "related-links",
              "(?:related (?:articles?|posts?|stories|news|topics)|recommended(?: for you)?|"
                  + "(?:you (?:may|might) (?:also )?like)|more (?:from|on) .{1,40}|trending(?: now)?|"
                  + "most (?:read|popular)|see also|also read|read also|tags?:.*)"),
          rule(
              "share-bar",
              "(?:share(?: this(?: article| story)?)?(?: on .{1,40})?|tweet|share on (?:facebook|twitter|whatsapp|"
                  + "linkedin|telegram|email)|facebook|twitter|whatsapp|linkedin|telegram|pinterest|email|print|"
                  + "copy link|follow us(?: on .{1,40})?)"),
          rule(
              "comments",
              "(?:\\d+\\s+comments?|comments?(?: \\(\\d+\\))?|leave a (?:comment|reply)|post a comment|"
                  + "add (?:a |your )?comment|join the (?:discussion|conversation)|no comments yet\\.?|"
                  + "be the first to comment\\.?|you must be logged in to post a comment\\.?)"),
          rule("advertisement", "(?:advertisement|sponsored(?: content)?|ad|ads|promoted)"),
          rule(
              "date-strip",
              "(?:(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+"
                  + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
                  + "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?"
                  + "(?:\\s*[|•·-]\\s*.{0,30})?)"),
          rule("weather-strip", "(?:.{0,40}-?\\d{1,3}(?:[.,]\\d)?\\s*°\\s*[cf]?.{0,40}|-?\\d{1,3}(?:[.,]\\d)?\\s*[cf])"),
          rule("byline", "(?:by|written by|words by)\\s+(?-i:\\p{Lu})[^.!?]{0,80}"),
          rule(
              "credit-line",
              "\\(?(?:additional )?(?:reporting|writing|editing) by .*"),
          rule(
              "copyright",
              "(?:©|\\(c\\)|copyright).{0,120}|all rights reserved\\.?"),
          rule("cookie-notice", "(?:we use cookies|this (?:web)?site uses cookies).*"));

  static final String SECTION_LABEL = "section-label";

  /**
   * Prose, or a line set aside only for being short ("fi", "Design" read as section labels): what the rules that read
   * a line's neighbours (code blocks, lists of names) may still call part of a block.
   */
  static boolean proseOrSectionLabel(Optional<String> kind) {
    return kind.isEmpty() || kind.get().equals(SECTION_LABEL);
  }

  /** Lines of at most this many words with no sentence punctuation are section labels or logos. */
  private static final int MAX_LABEL_WORDS = 2;

  private static Rule rule(String reason, String regex) {
    return new Rule(
        reason,
        Pattern.compile("^\\s*" + regex + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private final NonProseLines nonProse = new NonProseLines();

  /** The reason the line is furniture or not prose, or empty when it is article text. */
  public Optional<String> classify(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> notProse = nonProse.classify(trimmed);
    if (notProse.isPresent()) {
      return notProse;
    }
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(trimmed).matches()) {
        return Optional.of(rule.reason());
      }
    }
    if (isForeignDateStrip(trimmed)) {
      return Optional.of("date-strip");
    }
    if (isMenu(trimmed)) {
      return Optional.of("navigation");
    }
    if (isShortLabel(trimmed)) {
      return Optional.of(SECTION_LABEL);
    }
    return Optional.empty();
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern DAY_OR_TIME =
      Pattern.compile("(?<!\\d)(?:[0-3]?\\d(?!\\d)|\\d{1,2}[:h]\\d{2})");
  private static final Pattern STRIP_TOKEN = Pattern.compile("[\\s,;|•·–—/-]+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+\\.?");
  private static final Pattern NUMERIC = Pattern.compile("[\\d.:]+(?:h\\d{2})?(?:h|am|pm)?", Pattern.CASE_INSENSITIVE);
  /** Weekday and month names in any language: a date strip has at most this many words beside its numbers. */
  private static final int MAX_DATE_WORDS = 3;

  /**
   * A date or date-time strip in any language ("sâmbătă, 25 mai 2024 - 7:43", "Montag, 25. Mai 2024",
   * "25.05.2024 07:43"): a year and a day or time, and besides numbers at most three short words, which
   * is all a weekday and a month name take. A sentence that mentions a date has more words than that.
   */
  static boolean isForeignDateStrip(String line) {
    if (line.length() > 60 || !YEAR.matcher(line).find()) {
      return false;
    }
    String withoutYear = YEAR.matcher(line).replaceFirst(" ");
    if (!DAY_OR_TIME.matcher(withoutYear).find()) {
      return false;
    }
    int words = 0;
    for (String token : STRIP_TOKEN.split(line)) {
      if (token.isEmpty() || NUMERIC.matcher(token).matches()) {
        continue;
      }
      if (!LETTERS.matcher(token).matches() || token.length() > 13 || ++words > MAX_DATE_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·»]\\s*");
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;\"“”]");
  private static final int MIN_MENU_ITEMS = 3;
  private static final int MAX_MENU_ITEM_WORDS = 3;

  /**
   * A navigation menu flattened onto one line, in any language ("Acasă | Politică | Externe | Sport"):
   * three or more short items between separators, none of them a sentence.
   */
  static boolean isMenu(String line) {
    String[] items = MENU_SEPARATOR.split(line);
    if (items.length < MIN_MENU_ITEMS || SENTENCE_PUNCTUATION.matcher(line).find()) {
      return false;
    }
    for (String item : items) {
      String stripped = item.strip();
      if (!stripped.isEmpty() && stripped.split("\\s+").length > MAX_MENU_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShortLabel(String line) {
    if (line.matches(".*[.!?:;,\"“”].*")) {
      return false;
    }
    return line.split("\\s+").length <= MAX_LABEL_WORDS;
  }
}
