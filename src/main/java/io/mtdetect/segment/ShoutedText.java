package io.mtdetect.segment;

import io.mtdetect.core.Article;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Locale;
import java.util.Map;

/**
 * A text in capitals throughout (an old wire story, a shouted notice). No training text is (0 of the fit's 26,600),
 * and every cased signal reads it as text never seen: the language model meets tokens it never saw, the name detectors
 * read "US" ("FOR US") as another spelling of "U.S.", and seed 003 in capitals read suspect at 0.92. Such a text is
 * read in the case English news gives each word: a word is capitalised where news writes it capitalised at least half
 * as often as it writes it at all ({@code models/names.tsv} against {@code models/words.tsv}: "Blinken", "Ukraine"),
 * left in capitals where news never writes it in either form and it is short (an acronym), capitalised where it is
 * unknown and longer (a name), and lower-cased otherwise; a sentence's first word is capitalised. One character for
 * one, so offsets are unchanged. Acronyms news also writes in lower case ("NATO", "nato") come out lower-cased: what
 * a unigram count cannot tell apart.
 */
public final class ShoutedText {
  /** Capitals needed before a text counts as shouted, and their least share of its cased letters. */
  static final int MIN_CAPITALS = 20;
  static final double MIN_CAPITAL_SHARE = 0.9;
  /** A word no lexicon knows, at most this long, is taken for an acronym and left in capitals. */
  static final int MAX_ACRONYM = 5;

  /**
   * How often news writes each word.
   *
   * @param lowerCased  in any case, lower-cased
   * @param capitalised capitalised ("Trump", "The")
   */
  public record Lexicon(Map<String, Long> lowerCased, Map<String, Integer> capitalised) {
    public Lexicon {
      lowerCased = Map.copyOf(lowerCased);
      capitalised = Map.copyOf(capitalised);
    }
  }

  private final Supplier<Lexicon> lexicon;

  /**
   * @param lexicon read on the first text in capitals: most runs meet none, and its 90,000 words held from the
   *     start doubled the time of 1,500 articles under {@code -Xmx256m} (72 s → 147 s; docs/benchmark.md)
   */
  public ShoutedText(Supplier<Lexicon> lexicon) {
    this.lexicon = Suppliers.memoize(lexicon);
  }

  public ShoutedText(Lexicon lexicon) {
    this(() -> lexicon);
  }

  Article recased(Article article) {
    String text = article.text();
    if (!isShouted(text)) {
      return article;
    }
    return article.withText(recase(text));
  }

  static boolean isShouted(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= MIN_CAPITALS && upper >= MIN_CAPITAL_SHARE * (upper + lower);
  }

  String recase(String text) {
    char[] out = text.toCharArray();
    boolean sentenceStart = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '\n' || (isSentenceEnd(c) && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
            && !afterInitial(text, i))) {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      String word = text.substring(i, end);
      boolean initial = word.length() == 1 && end < text.length() && text.charAt(end) == '.';
      String cased = initial ? word : casing(word, sentenceStart);
      if (cased.length() == word.length()) {
        cased.getChars(0, cased.length(), out, i);
      }
      sentenceStart = false;
      i = end;
    }
    return new String(out);
  }

  private String casing(String word, boolean sentenceStart) {
    String lower = word.toLowerCase(Locale.ROOT);
    String capital = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    if (word.length() == 1) {
      return word.equals("I") || sentenceStart ? word : lower;
    }
    Lexicon counts = lexicon.get();
    long any = counts.lowerCased().getOrDefault(lower.replace('\u2019', '\''), 0L);
    int capitalisedCount = counts.capitalised().getOrDefault(capital.replace('\u2019', '\''), 0);
    if (any == 0 && capitalisedCount == 0) {
      return word.length() <= MAX_ACRONYM ? word : capital;
    }
    if (capitalisedCount > 0 && 2L * capitalisedCount >= any) {
      return capital;
    }
    return sentenceStart ? capital : lower;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** "U.S." and "J. SMITH": a full stop after a single letter ends an initial, not a sentence. */
  private static boolean afterInitial(String text, int stop) {
    return stop >= 1 && Character.isLetter(text.charAt(stop - 1))
        && (stop == 1 || !Character.isLetter(text.charAt(stop - 2)));
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      boolean apostrophe = (c == '\'' || c == '\u2019') && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))
          && end > start;
      if (!Character.isLetter(c) && !apostrophe) {
        break;
      }
      end++;
    }
    return end;
  }
}
