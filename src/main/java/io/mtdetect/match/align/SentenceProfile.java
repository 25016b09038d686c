package io.mtdetect.match.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the aligner compares of a sentence: its content words, stemmed to a short prefix. A round
 * trip swaps function words and inflections freely ("has said" / "said", "meeting" / "met") but
 * keeps most content stems, names and numbers; prefix stemming is crude and language-independent,
 * which is what a paraphrase-tolerant similarity needs.
 */
public final class SentenceProfile {
  static final int STEM = 5;
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
      "that", "this", "these", "those", "which", "who", "whom", "whose", "it", "its", "is", "are", "was", "were",
      "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
      "could", "may", "might", "must", "not", "no", "so", "than", "then", "there", "their", "they", "them", "he",
      "him", "his", "she", "her", "we", "our", "us", "you", "your", "i", "me", "my", "if", "about", "also", "said",
      "says", "say", "very", "more", "most", "such", "up", "out", "over", "after", "before", "while", "during");

  private final List<String> stems;
  private final List<String> words;
  private final String[] sortedStems;
  private final String allWords;

  private SentenceProfile(List<String> stems, List<String> words, String allWords) {
    this.stems = stems;
    this.words = words;
    this.allWords = allWords;
    this.sortedStems = stems.toArray(String[]::new);
    java.util.Arrays.sort(sortedStems);
  }

  public static SentenceProfile of(String text) {
    return of(Token.of(text));
  }

  static SentenceProfile of(List<Token> tokens) {
    List<String> stems = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Token t : tokens) {
      all.append(t.key()).append(' ');
      if (!t.number() && FUNCTION_WORDS.contains(t.key())) {
        continue;
      }
      words.add(t.key());
      stems.add(t.number() || t.key().length() <= STEM ? t.key() : t.key().substring(0, STEM));
    }
    return new SentenceProfile(List.copyOf(stems), List.copyOf(words), all.toString());
  }

  /** Two sentences read as one (a sentence the other text split in two). */
  static SentenceProfile join(SentenceProfile a, SentenceProfile b) {
    List<String> stems = new ArrayList<>(a.stems);
    stems.addAll(b.stems);
    List<String> words = new ArrayList<>(a.words);
    words.addAll(b.words);
    return new SentenceProfile(stems, words, a.allWords + b.allWords);
  }

  /** A whole text as one profile: its sentences' words together. */
  public static SentenceProfile joinAll(List<SentenceProfile> sentences) {
    List<String> stems = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (SentenceProfile s : sentences) {
      stems.addAll(s.stems);
      words.addAll(s.words);
      all.append(s.allWords);
    }
    return new SentenceProfile(stems, words, all.toString());
  }

  /** Whether the two have the same words in the same order, function words included: a verbatim copy. */
  boolean sameWords(SentenceProfile other) {
    return allWords.equals(other.allWords);
  }

  /** The stems in sorted order: the exact-match count is a merge of two sorted arrays, no allocation. */
  String[] sortedStems() {
    return sortedStems;
  }

  List<String> stems() {
    return stems;
  }

  List<String> words() {
    return words;
  }

  int size() {
    return stems.size();
  }
}
