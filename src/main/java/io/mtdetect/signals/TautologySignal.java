package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tautologies that translation produces when two source words collapse onto one English word
 * ("threats and threats") or a verb phrase comes back as an equation of two abstract nouns
 * ("charges Kyiv Rejection is denial" for "charges Kyiv denies").
 */
public final class TautologySignal implements SentenceSignal {
  public static final String TAUTOLOGY = "tautology";

  /**
   * The repeat must close its clause ("…as a threat. threats and threats."): followed by more words it is
   * a compound ("sheep and sheep dogs", "people and people of color", "may or may not").
   */
  private static final Pattern REPEATED_COORDINATION =
      Pattern.compile("\\b(\\p{L}{3,})\\s+(?:and|or|nor)\\s+\\1\\b(?=\\s*(?:[.,;:!?)”\"]|[’'](?!s\\b)|$))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Reduplications English uses on purpose ("more and more", "again and again"). */
  private static final Set<String> IDIOMATIC_REPEATS =
      Set.of("more", "less", "again", "over", "round", "through", "on", "back", "forth", "time", "side",
          "day", "year", "week", "hour", "bit", "step", "little", "far", "many", "very", "really", "now",
          "tick", "bye", "knock", "yes", "no", "well", "there", "here", "out", "yeah",
          // quantities and spans repeated for emphasis ("for years and years", "dozens and dozens")
          "years", "months", "weeks", "days", "hours", "minutes", "decades", "dozens", "hundreds", "thousands",
          "millions", "billions", "miles", "pages", "lots", "tons", "rows", "layers", "times", "rounds");

  /**
   * Emphatic repetition of a verb or a comparative ("grew and grew", "talked and talked", "waiting and
   * waiting", "bigger and bigger"): English doubles these on purpose, a translation's collapsed synonyms
   * are nouns ("threats and threats").
   */
  private static final Pattern EMPHATIC_FORM = Pattern.compile("\\p{L}{2,}(?:ed|ing|er)");
  private static final Set<String> IRREGULAR_PASTS = Set.of("grew", "went", "ran", "fell", "rose", "kept", "spun",
      "swam", "sang", "drove", "flew", "fought", "thought", "sought", "wrote", "spoke", "ate", "drank", "wept",
      "dug", "won", "lost", "built", "spent", "read", "said", "told", "sat", "stood", "slept");

  private static final String ABSTRACT_SUFFIX = "(?:tion|sion|ment|ance|ence|ial|ness|ity|ure)";
  /** Preceded by a word, so the capital is mid-sentence: not a sentence-initial capital. */
  private static final Pattern NOUN_EQUATION =
      Pattern.compile("(?<=\\p{L}\\s)\\p{Lu}\\p{Ll}+" + ABSTRACT_SUFFIX + "\\s+(?:is|are|was|were)\\s+\\p{Ll}+"
          + ABSTRACT_SUFFIX + "\\b");

  @Override
  public String name() {
    return "tautology";
  }

  @Override
  public List<String> features() {
    return List.of(TAUTOLOGY);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence sentence : article.sentences()) {
      SentenceFindings f = findings.get(sentence.index());
      Matcher m = REPEATED_COORDINATION.matcher(sentence.text());
      while (m.find()) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (IDIOMATIC_REPEATS.contains(word) || EMPHATIC_FORM.matcher(word).matches() || IRREGULAR_PASTS.contains(word)) {
          continue; // "bigger and bigger", "grew and grew": repeated on purpose
        }
        flag(f, sentence, m, "repeated-coordination", "a word coordinated with itself: \"" + m.group() + "\"");
      }
      Matcher eq = NOUN_EQUATION.matcher(sentence.text());
      while (eq.find()) {
        flag(f, sentence, eq, "noun-equation",
            "a mid-sentence capitalised abstract noun equated with another (\"" + eq.group()
                + "\"): typical of a verb phrase translated back as nouns");
      }
    }
  }

  private void flag(SentenceFindings f, Sentence sentence, Matcher m, String rule, String message) {
    f.add(TAUTOLOGY, 1);
    f.addEvidence(new Evidence(name(), rule, message, sentence.start() + m.start(), sentence.start() + m.end()));
  }
}
