package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.PageTypeHabits;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Set;

/**
 * Sentences split mid-clause. Round-trip MT often moves a full stop into the middle of a clause
 * ("a former Soviet republic. whose independence…", "the newcomer. American president."): the
 * second piece then starts in lower case, or is a two- or three-word stub with no verb.
 */
public final class FragmentSignal implements SentenceSignal {
  private final NewsWordCounts newsWords;

  /** With the bundled news lexicon ({@code models/words.tsv}). */
  public FragmentSignal() {
    this(NewsWordCounts.bundled());
  }

  /** @param newsWords the words English news uses: a cut clause starts with one of them, not with a name */
  public FragmentSignal(NewsWordCounts newsWords) {
    this.newsWords = newsWords;
  }

  public static final String LOWERCASE_START = "fragment.lowercaseStart";
  public static final String SHORT_PIECE = "fragment.shortPiece";

  private static final int MAX_STUB_WORDS = 3;
  /** Short sentences that open with these words are complete ("He declined.", "It did."). */
  private static final Set<String> COMPLETE_SHORT_OPENERS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "who", "what", "why",
          "no", "yes", "not", "none", "nobody", "both", "neither", "nothing", "everyone", "all");

  private static final Set<String> COMMON_VERBS =
      Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "said", "says",
          "say", "rose", "fell", "rise", "falls", "rises", "won", "lost", "left", "met", "went", "came", "ran",
          "will", "would", "can", "could", "may", "might", "must", "should", "agreed", "denied", "died", "resigned",
          "wins", "loses", "leaves", "continues", "follows", "grew", "spoke", "knew", "began", "ended", "stays");

  @Override
  public String name() {
    return "fragment";
  }

  @Override
  public List<String> features() {
    return List.of(LOWERCASE_START, SHORT_PIECE);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<Sentence> sentences = article.sentences();
    boolean informal = PageTypeHabits.startsInLowerCase(article.article().pageType()) || writesInLowerCase(sentences);
    for (int i = 1; i < sentences.size(); i++) {
      Sentence previous = sentences.get(i - 1);
      Sentence sentence = sentences.get(i);
      if (previous.paragraph() != sentence.paragraph() || !endsWithFullStop(previous.text())
          || Abbreviations.endsWithAbbreviation(previous.text())) {
        continue;
      }
      SentenceFindings f = findings.get(i);
      int first = firstLetter(sentence.text());
      // The cut piece starts with its word ("crisis.", "whose independence"); a lower-case word after a dash,
      // an asterisk or a bracket ("— jack (@jack)", "*cough*") is a signature, a quote or markup.
      if (!informal && first == 0 && Character.isLowerCase(sentence.text().codePointAt(first)) && !isCamelCaseBrand(sentence.text(), first)
          && !isLinkOrTag(sentence.text(), first) && !isIdentifierOrPronoun(sentence.text())
          && !article.article().markup().isIdentifier(sentence.text().substring(first, wordEnd(sentence.text(), first)))
          && startsWithNewsWord(sentence.text(), first)
          && endsWithWordAndStop(previous.text())) {
        f.add(LOWERCASE_START, 1);
        f.addEvidence(
            new Evidence(
                name(), "lowercase-start",
                "sentence starts in lower case right after a full stop: likely a clause cut in two",
                sentence.start() + first, sentence.start() + wordEnd(sentence.text(), first)));
      } else if (endsParagraph(sentences, i) && isStub(sentence)) {
        f.add(SHORT_PIECE, 1);
        f.addEvidence(
            new Evidence(
                name(), "short-piece",
                "a " + sentence.wordCount() + "-word piece after a full stop: likely the tail of the previous sentence",
                sentence.start(), sentence.end()));
      }
    }
  }

  /** Sentences in lower case where no engine cuts a clause before it, from which a text is its writer's habit. */
  static final int LOWER_CASE_HABIT = 2;

  /**
   * Whether the writer starts sentences in lower case (reviews, posts, chat: "he loves it!"): then a lower-case
   * start after a full stop is their habit, not a clause cut in two. Seen where a cut cannot be: at the start of a
   * paragraph or after a question or exclamation mark, at least {@link #LOWER_CASE_HABIT} times. In the fit's data
   * no machine-translated article with a cut clause shows it (docs/benchmark.md, "One artefact in a long page, and
   * writers who start in lower case").
   */
  private boolean writesInLowerCase(List<Sentence> sentences) {
    int habit = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      String text = sentence.text();
      if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0)) || !startsWithNewsWord(text, 0)) {
        continue;
      }
      Sentence previous = i == 0 ? null : sentences.get(i - 1);
      String before = previous == null ? "" : stripClosingQuotes(previous.text());
      if (previous == null || previous.paragraph() != sentence.paragraph() || before.endsWith("?") || before.endsWith("!")) {
        habit++;
      }
    }
    return habit >= LOWER_CASE_HABIT;
  }

  /**
   * A cut clause leaves its tail at the end of the paragraph ("…against Ukraine. after the meeting.");
   * a short sentence inside a paragraph is style ("Many aftershocks. Nobody will go indoors").
   */
  private static boolean endsParagraph(List<Sentence> sentences, int i) {
    return i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != sentences.get(i).paragraph();
  }

  private static boolean isStub(Sentence sentence) {
    int words = sentence.wordCount();
    if (words == 0 || words > MAX_STUB_WORDS || !endsWithFullStop(sentence.text())) {
      return false;
    }
    if (sentence.text().chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0)) {
      return false; // quoted speech: "No. Absolutely not."
    }
    List<Words.Word> tokens = Words.of(sentence.text());
    if (tokens.isEmpty() || COMPLETE_SHORT_OPENERS.contains(lower(tokens.get(0)))) {
      return false;
    }
    return tokens.stream().skip(1).noneMatch(w -> looksLikeVerb(lower(w)));
  }

  private static String lower(Words.Word word) {
    return word.text().toLowerCase(java.util.Locale.ROOT);
  }

  /** Crude on purpose: a stub is a piece with no verb at all, and most short verbs are listed here. */
  private static boolean looksLikeVerb(String word) {
    return word.endsWith("ed") || COMMON_VERBS.contains(word);
  }

  /** "…from Ukraine." rather than ". . .", "[...]" or "—": the stop closes a word. */
  private static boolean endsWithWordAndStop(String text) {
    String t = stripClosingQuotes(text);
    return t.length() >= 2 && t.endsWith(".") && Character.isLetterOrDigit(t.charAt(t.length() - 2));
  }

  private static boolean endsWithFullStop(String text) {
    String t = stripClosingQuotes(text);
    // an ellipsis, however typed ("...", ". . .", "…."), trails off rather than ends
    return t.endsWith(".") && !t.endsWith("..") && !t.endsWith(". .") && !t.endsWith("….");
  }

  private static String stripClosingQuotes(String text) {
    int end = text.length();
    while (end > 0 && "\"”’')".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private static int firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return i;
      }
      if (Character.isDigit(text.charAt(i))) {
        return -1;
      }
    }
    return -1;
  }

  private static final String QUOTATION_MARKS = "\"“”‘’'";

  /** "#mepolitics", "@handle", "https://…", "pic.twitter.com/…": written in lower case on purpose. */
  private static boolean isLinkOrTag(String text, int first) {
    if (first > 0 && "#@".indexOf(text.charAt(first - 1)) >= 0) {
      return true;
    }
    int end = wordEnd(text, first);
    return text.startsWith("://", end) || (end + 1 < text.length() && text.charAt(end) == '.'
        && Character.isLetter(text.charAt(end + 1)));
  }

  private static final java.util.regex.Pattern IDENTIFIER_OR_I =
      java.util.regex.Pattern.compile("^(?:[a-z]\\w*[_\\d]\\w*\\b|[a-z]\\w*\\(\\)|[a-z]+\\.[a-z]\\w*\\b(?!\\.)|i(?:['’](?:m|ve|ll|d))?\\b)");

  /**
   * A name that is written in lower case by design — an identifier ("pg_duckdb", "wchar_t", "utf8",
   * "main()", "os.path") — or the pronoun "i" of informal writing: not the start of a cut clause.
   */
  private static boolean isIdentifierOrPronoun(String text) {
    return IDENTIFIER_OR_I.matcher(text).find();
  }

  /** "iPhone", "eBay", "useState": lower-case first letter by design, a capital inside the word. */
  private static boolean isCamelCaseBrand(String text, int first) {
    for (int i = first + 1; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause cut in two starts with a word of the language ("whose", "of", "threats"); a lower-case word
   * English news never uses is a name written so by design ("systemd", "nginx", "grep").
   */
  private boolean startsWithNewsWord(String text, int first) {
    String word = text.substring(first, wordEnd(text, first)).toLowerCase(java.util.Locale.ROOT);
    return newsWords.contains(word);
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
