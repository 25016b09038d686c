package io.mtdetect.translationese;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.Tokenizer;

/**
 * A sentence as the translationese model sees it: function words and punctuation as written, every other word
 * replaced by its part of speech. What a translation engine carries over from its source is the shape of a
 * clause — where the verb goes, how many determiners and prepositions, how clauses join — and that shape is the
 * same whatever the topic, which is why function words and tags generalise across source languages where content
 * words learn topics and one engine's vocabulary (Baroni and Bernardini 2006; Volansky, Ordan and Wintner 2015).
 *
 * <p>Tags come from LanguageTool's own English tagger (its dictionary) without the disambiguator and chunker: they
 * cost most of LanguageTool's analysis, and an ambiguous word is written as its set of tags ({@code _JJ|RB}),
 * which is itself a clue to the construction. A word no dictionary knows is written by its shape. Thread-safe:
 * LanguageTool shares one tagger per language among all its checkers too.
 */
public final class TranslationeseTokens implements UnaryOperator<String> {
  /** The name a model stores to say it was trained on this view. */
  public static final String VIEW = "translationese";

  private final Tokenizer tokenizer;
  private final Tagger tagger;

  public TranslationeseTokens(Language language) {
    this.tokenizer = language.getWordTokenizer();
    this.tagger = language.getTagger();
  }

  /** The sentence as space-separated tokens: function words lower-cased, punctuation, tags ("_NN"), shapes ("_cap"). */
  @Override
  public String apply(String sentence) {
    List<String> tokens = tokenizer.tokenize(sentence).stream().filter(t -> !t.isBlank()).toList();
    List<AnalyzedTokenReadings> readings;
    try {
      readings = tagger.tag(tokens);
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool's tagger failed", e);
    }
    StringBuilder out = new StringBuilder();
    for (AnalyzedTokenReadings token : readings) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(view(token));
    }
    return out.toString();
  }

  private static String view(AnalyzedTokenReadings token) {
    String word = token.getToken();
    String lower = word.toLowerCase(Locale.ROOT);
    if (FunctionWords.contains(lower)) {
      return lower;
    }
    if (!hasLetterOrDigit(word)) {
      return punctuation(word);
    }
    if (word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
      return "_CD";
    }
    Set<String> tags = new TreeSet<>();
    for (AnalyzedToken reading : token.getReadings()) {
      String tag = reading.getPOSTag();
      if (tag != null && !tag.isEmpty() && Character.isLetter(tag.charAt(0)) && !tag.startsWith("SENT")) {
        int colon = tag.indexOf(':');
        tags.add(colon < 0 ? tag : tag.substring(0, colon));
      }
    }
    return tags.isEmpty() ? shape(word) : "_" + String.join("|", tags);
  }

  /** Quotes of every style read alike: an engine's choice of quote mark is not the clause's shape. */
  private static String punctuation(String token) {
    return switch (token) {
      case "“", "”", "„", "«", "»", "\"" -> "\"";
      case "‘", "’", "'" -> "'";
      case "–", "—" -> "-";
      default -> token;
    };
  }

  /** An unknown word by its shape: capitalised (a name), all capitals, a number with letters, or lower case by suffix. */
  static String shape(String word) {
    if (word.chars().anyMatch(Character::isDigit)) {
      return "_alnum";
    }
    if (word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return "_allcaps";
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      return "_cap";
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String suffix : List.of("ing", "ed", "ly", "tion", "ment", "ness", "ity", "ous", "ive", "al", "er", "s")) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
        return "_low-" + suffix;
      }
    }
    return "_low";
  }

  private static boolean hasLetterOrDigit(String token) {
    return token.chars().anyMatch(Character::isLetterOrDigit);
  }
}
