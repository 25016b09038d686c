package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a translation engine left in the pivot language ("garantian", "trupan", "amasigadode",
 * "NATOa"): a rule-based engine passes through what its dictionary lacks, and the way back cannot read
 * it either. Counted: a lower-case word after a sentence's first that English news does not use
 * ({@code models/words.tsv}), that neither of LanguageTool's English dictionaries (US, GB) accepts and
 * that is no typo of an English word (nothing one edit away), or that carries a letter English spelling
 * never uses (ã, ș, ĉ, ł…); and an acronym with a foreign case ending ("NATOa", "SUAului").
 */
public final class ForeignWordSignal implements SentenceSignal {
  public static final String FOREIGN_WORD = "foreign.word";
  private static final int MIN_LENGTH = 4;
  /** Letters English words take, loanwords' accents included (café, naïve, façade, señor, öre). */
  private static final Pattern ENGLISH_LETTERS = Pattern.compile("[a-zàâäçéèêëîïôöûüùñ]+");
  /** An acronym with an inflection glued on ("NATOa", "SUAului"). */
  private static final Pattern INFLECTED_ACRONYM = Pattern.compile("(\\p{Lu}{2,})(\\p{Ll}{1,5})");
  /** What English glues onto an acronym: "MPs", "DREAMers", "MAGAism", "NIMBYish". */
  private static final java.util.Set<String> ENGLISH_ACRONYM_ENDINGS =
      java.util.Set.of("s", "es", "er", "ers", "ism", "ist", "ists", "ite", "ites", "ish", "y", "ing", "ed");
  /** English word-formation: a known word behind one of these is English however new the coinage. */
  private static final List<String> PREFIXES = List.of("non", "super", "over", "under", "mega", "hyper", "anti", "pre",
      "post", "re", "un", "mis", "counter", "multi", "micro", "semi", "sub", "inter", "trans", "out", "kilo", "de",
      "dis", "co", "ultra", "mini", "pseudo", "neo", "self", "cyber", "eco", "geo", "bio", "tele");
  private static final List<String> SUFFIXES = List.of("s", "es", "er", "ers", "ing", "ings", "ed", "ly", "ness", "ism",
      "isms", "ist", "ists", "ize", "izes", "ized", "ization", "ise", "ised", "ish", "ishly", "ful", "less", "y", "ily",
      "iest", "ier", "est", "able", "ment", "ments", "ship", "dom", "hood", "wise", "like", "ery", "ry");
  /** The shortest part of a compound ("spy" + "craft") or of a word behind an affix. */
  private static final int MIN_PART = 3;
  /** Mojibake of UTF-8 read as Latin-1 ("â€œthe"): broken encoding, not another language. */
  private static final Pattern MOJIBAKE = Pattern.compile("^œ|Ã");

  private final NewsWordCounts newsWords;
  private final EnglishSpellers spellers;

  public ForeignWordSignal(NewsWordCounts newsWords, EnglishSpellers spellers) {
    this.newsWords = newsWords;
    this.spellers = spellers;
  }

  public static ForeignWordSignal bundled() {
    return new ForeignWordSignal(NewsWordCounts.bundled(), EnglishSpellers.bundled());
  }

  @Override
  public String name() {
    return "foreign";
  }

  @Override
  public List<String> features() {
    return List.of(FOREIGN_WORD);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence sentence : article.sentences()) {
      SentenceFindings f = findings.get(sentence.index());
      List<Words.Word> words = Words.of(sentence.text());
      for (int i = 1; i < words.size(); i++) {
        Words.Word word = words.get(i);
        if (inLinkOrCode(sentence.text(), word) || article.article().markup().isIdentifier(word.text())) {
          continue;
        }
        String why = reason(word.text());
        if (why != null) {
          f.add(FOREIGN_WORD, 1);
          int start = sentence.start() + word.start();
          f.addEvidence(new Evidence(name(), "foreign-word",
              String.format(Locale.ROOT, "\"%s\" %s: likely left untranslated", word.text(), why),
              start, start + word.text().length()));
        }
      }
    }
  }

  /** Why the word reads as another language's, or {@code null} when it may be English. */
  String reason(String word) {
    java.util.regex.Matcher acronym = INFLECTED_ACRONYM.matcher(word);
    if (acronym.matches()) {
      String ending = acronym.group(2);
      String titleCase = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
      // A consonant alone is a degree or unit ("MSc", "GHz"), a known tail a brand ("MNsure"), a known
      // title-case word a typo ("MIchael").
      boolean english = ENGLISH_ACRONYM_ENDINGS.contains(ending) || ending.length() == 1 && "aeiou".indexOf(ending.charAt(0)) < 0
          || ending.length() >= MIN_PART && known(ending) || spellers.accepts(titleCase);
      return english ? null : "is an acronym with a foreign case ending";
    }
    if (word.length() < MIN_LENGTH || !word.equals(word.toLowerCase(Locale.ROOT))
        || !word.chars().allMatch(Character::isLetter) || MOJIBAKE.matcher(word).find() || known(word)
        || isEnglishFormation(word)) {
      return null;
    }
    if (!ENGLISH_LETTERS.matcher(word).matches()) {
      return "is no English word and has letters English does not use";
    }
    if (!spellers.hasNearMiss(word)) {
      return "is no English word (neither US nor GB dictionary has it or a word one letter away)";
    }
    return null;
  }

  private boolean known(String word) {
    return newsWords.contains(word) || spellers.accepts(word);
  }

  /**
   * A new word English makes from its own ("nonsubmitters", "superforecasters", "welfarize", "spycraft"):
   * a known word behind an English prefix or before an English suffix, or two known words run together.
   */
  private boolean isEnglishFormation(String word) {
    for (String prefix : PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_PART) {
        String rest = word.substring(prefix.length());
        if (known(rest) || knownStem(rest)) {
          return true;
        }
      }
    }
    if (knownStem(word)) {
      return true;
    }
    for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
      String head = word.substring(0, split);
      String tail = word.substring(split);
      if (known(head) && (known(tail) || knownStem(tail))) {
        return true;
      }
    }
    return false;
  }

  /** A known word before an English suffix, allowing a dropped e ("welfar-ize") and a doubled consonant ("quipp-y"). */
  private boolean knownStem(String word) {
    for (String suffix : SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_PART) {
        String stem = word.substring(0, word.length() - suffix.length());
        boolean doubled = stem.length() > MIN_PART && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        if (known(stem) || known(stem + "e") || doubled && known(stem.substring(0, stem.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Part of a web address, an e-mail, a file name or code identifier: none of them prose. */
  private static boolean inLinkOrCode(String text, Words.Word word) {
    char before = word.start() > 0 ? text.charAt(word.start() - 1) : ' ';
    char after = word.end() < text.length() ? text.charAt(word.end()) : ' ';
    boolean dotInside = after == '.' && word.end() + 1 < text.length() && Character.isLetterOrDigit(text.charAt(word.end() + 1));
    return "./@_#\\<=:".indexOf(before) >= 0 && before != ' ' || "/@_(<=".indexOf(after) >= 0 || dotInside;
  }
}
