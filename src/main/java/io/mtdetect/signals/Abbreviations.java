package io.mtdetect.signals;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a full stop closes an abbreviation ("Minn.", "Sen.", "p.m.", "D.C.", "George W.") rather than
 * a sentence. The sentence splitter knows most of them, but news writes US states, titles and months
 * in AP style, and a piece after one ("Madison, Wis. voted…", "Calif., wrote") is no clause cut in two.
 */
final class Abbreviations {
  /** AP-style states, titles, months, company and institution words, lower-cased without the stop. */
  private static final Set<String> WORDS = Set.of(
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
      "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt",
      "va", "wash", "wis", "wisc", "wyo", "mr", "mrs", "ms", "dr", "st", "sen", "sens", "rep", "reps", "gov", "govs",
      "pres", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "prof", "rev", "hon", "jr", "sr", "jan", "feb", "mar",
      "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs",
      "etc", "et", "al", "approx", "dept", "est", "ft", "mt", "ave", "blvd", "fig", "vol", "ed", "eds",
      // Institutions in affiliations and addresses ("Michael Iselin (Univ. of Notre Dame)", "a filing of Org.")
      "univ", "org", "assn", "assoc", "intl", "natl", "govt", "inst", "dist", "div", "mfg");

  /** Dotted initials ("U.S.", "a.m.", "D.C.") or a lone capital initial ("George W."). */
  private static final Pattern DOTTED = Pattern.compile("(?:\\b\\p{L}\\.)+$|\\b\\p{Lu}\\.$");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.$");

  private Abbreviations() {}

  /** Whether {@code text}, stripped of trailing spaces, ends with an abbreviation's full stop. */
  static boolean endsWithAbbreviation(String text) {
    String t = text.stripTrailing();
    if (!t.endsWith(".")) {
      return false;
    }
    if (DOTTED.matcher(t).find()) {
      return true;
    }
    Matcher m = LAST_WORD.matcher(t);
    return m.find() && WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
