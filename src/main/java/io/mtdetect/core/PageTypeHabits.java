package io.mtdetect.core;

import java.util.Set;

/**
 * How writing on a kind of web page ({@link Article#pageType()}) differs from edited news, where signals need
 * to know it: on forums and in customers' reviews people start sentences in lower case and write "i" by
 * habit, and documentation starts them with a lower-case identifier ("null is purely database-related"), a
 * list item after a colon, or text resumed after a code block set aside in mid-sentence. There such a start
 * is no clause cut in two and no capitalisation error a translation engine made. And a web page mixes
 * languages by habit (customers' reviews in their own language, bilingual sites), while in a news text a
 * paragraph left in another language is a translation pipeline that broke.
 */
public final class PageTypeHabits {
  private static final Set<String> LOWER_CASE_STARTS = Set.of("forum", "product", "documentation");

  private PageTypeHabits() {}

  /** Whether sentences on this kind of page start in lower case by habit ({@code null}: not a web page). */
  public static boolean startsInLowerCase(String pageType) {
    return pageType != null && LOWER_CASE_STARTS.contains(pageType);
  }

  /** Whether a paragraph in another language is the page's habit rather than a translation's failure ({@code null}: not a web page). */
  public static boolean mixesLanguages(String pageType) {
    return pageType != null;
  }
}
