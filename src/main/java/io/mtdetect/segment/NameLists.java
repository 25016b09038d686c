package io.mtdetect.segment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of names set one to a line: the winners of an award, a team sheet, the credits of a film ("Studio Arthur
 * Casas", "Bates Masi + Architects and David Kleinberg", "Tanseisha Co."). No line is a sentence, yet scored as
 * sentences a page of them reads as garbled translation (WCXB page 0203 read as machine-translated at 0.998). A line
 * of names has every word capitalised, a number, or one of a few connectors ("and", "+", "x", "of", "at", "de"); {@value #MIN_RUN} such lines in a row
 * are set aside as {@value #KIND}. One such line alone is a headline or a subhead and stays.
 */
final class NameLists {
  static final String KIND = "name-list";
  static final int MIN_RUN = 3;
  /** Longer lines are prose even when capitalised throughout (a headline in title case is one line, not a run). */
  static final int MAX_TOKENS = 12;

  private static final Set<String> CONNECTORS = Set.of("and", "&", "+", "x", "of", "the", "a", "an", "for", "at", "by",
      "in", "on", "with", "to", "or", "vs", "vs.", "thru", "et", "de", "la", "del", "da", "di", "van", "von", "der", "du",
      "le", "y", "e", "-", "–", "—", "|", "/", "·", "•");
  private static final Pattern TRIM = Pattern.compile("^[\"“‘'(\\[]+|[\"”’')\\],;:.]+$");

  private NameLists() {}

  /** Marks, in {@code kinds}, the runs of lines of names; a line already set aside as a section label counts. */
  static void markNameLists(List<String> lines, List<Optional<String>> kinds) {
    int n = lines.size();
    boolean[] names = new boolean[n];
    for (int i = 0; i < n; i++) {
      names[i] = BoilerplateFilter.proseOrSectionLabel(kinds.get(i)) && isLineOfNames(lines.get(i));
    }
    boolean[] inRun = LineRuns.runsOf(names, MIN_RUN);
    for (int i = 0; i < n; i++) {
      if (inRun[i] && kinds.get(i).isEmpty()) {
        kinds.set(i, Optional.of(KIND));
      }
    }
  }

  static boolean isLineOfNames(String line) {
    String[] tokens = line.strip().split("\\s+");
    if (tokens.length == 0 || tokens.length > MAX_TOKENS) {
      return false;
    }
    int capitalised = 0;
    for (String raw : tokens) {
      String token = TRIM.matcher(raw).replaceAll("");
      if (token.isEmpty() || CONNECTORS.contains(token)) {
        continue;
      }
      int first = token.codePointAt(0);
      if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
        return false;
      }
      capitalised++;
    }
    return capitalised > 0;
  }
}
