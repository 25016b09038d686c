package io.mtdetect.ingest.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of a body that are the page's, not the article's: furniture ("Advertisement", "Share this",
 * "Continue reading", bylines, copyright lines), metadata (a line of only a date, a time, a reading
 * time, "Published on") and interface text ("Table of contents", form messages). Built for one body,
 * because date-only lines are metadata only when there are few of them.
 */
final class FurnitureLines {
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?i)^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|read more|"
          + "(click|tap) here.*|sign up.*|subscribe.*|follow us.*|related( articles| stories)?:?|"
          + "(photo|image|video|picture|credit)s?:.*|getty images|ap photo.*|reuters|comments?|"
          + "this article (is|was) (more than|over) .*|we use cookies.*|loading\\.*|continue reading.*|lorem ipsum dolor sit amet.*|"
          + "(previous|next|prev) (post|article|story|page)|rate this (article|post|page)|(copyright )?(©|\\(c\\)|copyright) ?\\d{4}.{0,80}all rights reserved.*|"
          + "(last )?(updated|published|posted|modified)( on)?:? [\\w ,.:/-]{4,40}|"
          + "(written|edited|reviewed|fact[- ]checked|medically reviewed) by\\b.{0,100}|(?-i:By \\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}))$");
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:\\d{1,2}(?:st|nd|rd|th)? " + MONTH
      + ",? \\d{4}|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})";
  private static final String TIME = "\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?";
  private static final String READING_TIME = "(?:reading time:? )?\\d+(?:-\\d+)? ?(?:min|mins|minutes?)(?: read| reading)?";
  private static final String RELATIVE_TIME = "(?:an?|\\d+) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago";
  /**
   * A line of nothing but a date, a time, a reading time or "published on": the page's metadata,
   * which benchmark truths and readers alike leave out of the article.
   */
  private static final Pattern METADATA_LINE = Pattern.compile("(?i)(?:(?:(?:last )?(?:published|posted|updated|modified)(?: on| at)?:?|by|"
      + "by (?-i:\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}) ?[•·|,-] ?(?=\\S)|"
      + DATE + "|" + TIME + "|" + READING_TIME + "|" + RELATIVE_TIME + ")[\\s•·|,/-]*)+");
  /** A line of only dates and times: metadata once or twice on a page, a table's column when there are many. */
  private static final Pattern DATE_LINE = Pattern.compile("(?i)(?:(?:" + DATE + "|" + TIME + ")[\\s•·|,/-]*)+");
  /**
   * Interface text that is not the article's: a table of contents' title, form status messages, link hints.
   */
  private static final Pattern INTERFACE_LINE = Pattern.compile("(?i)(?:table of )?contents(?: show| hide)?|in this article|on this page"
      + "|opens in a new (?:window|tab)|skip to (?:main )?content|thank you!? your submission has been received!?"
      + "|oops!? something went wrong.{0,60}");
  /**
   * A template tag the site failed to render: {@code {{banner="/ads/x"}}}, {@code {% include x %}}, a
   * WordPress shortcode such as {@code [gallery ids="1,2"]} (only lower-case names with key=value
   * attributes, so "[Editor's note: ...]" is not one).
   */
  private static final Pattern TEMPLATE_LINE = Pattern.compile("(?:(?:\\{\\{[^{}]*\\}\\}|\\{%[^%]*%\\}"
      + "|\\[/?[a-z_][\\w-]*(?:\\s+[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\\]]+))*\\s*/?\\])\\s*)+");
  /** A page has a date line or two; more date-only lines are a table's column, which is content. */
  private static final int MAX_DATE_LINES = 4;
  private final boolean dropDates;

  private FurnitureLines(boolean dropDates) {
    this.dropDates = dropDates;
  }

  static FurnitureLines of(List<String> paragraphs) {
    long dateLines = paragraphs.stream().filter(p -> isShort(p) && DATE_LINE.matcher(p).matches()).count();
    return new FurnitureLines(dateLines <= MAX_DATE_LINES);
  }

  boolean matches(String line) {
    return FURNITURE_LINE.matcher(line).matches() || TEMPLATE_LINE.matcher(line).matches() || isMetadata(line);
  }

  private boolean isMetadata(String line) {
    if (!isShort(line) || !dropDates && DATE_LINE.matcher(line).matches()) {
      return false;
    }
    return METADATA_LINE.matcher(line).matches() || INTERFACE_LINE.matcher(line).matches();
  }

  /** Metadata is short; and the date alternatives could backtrack long on a long run of digits. */
  private static boolean isShort(String line) {
    return line.length() <= 80;
  }
}
