package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lexical narrowing: machine translation prefers frequent words and uses fewer distinct words than
 * journalism. Measured against English-original news norms ({@code models/words.tsv}, built by
 * {@code scripts/build-lexicons}): per sentence, the mean Zipf frequency of its words and the share of
 * words outside the 50,000 most frequent; per article, the moving-average type-token ratio (written
 * on every sentence, so the article model's mean of it is the article's value).
 */
public final class LexicalSignal implements SentenceSignal {
  public static final String BUNDLED_RESOURCE = NewsWordCounts.BUNDLED_RESOURCE;
  public static final String MEAN_ZIPF = "lex.meanZipf";
  public static final String RARE_SHARE = "lex.rareWordShare";
  public static final String TYPE_TOKEN_RATIO = "lex.typeTokenRatio";
  /** Words per window of the moving-average type-token ratio, which unlike the plain ratio does not fall with length. */
  static final int TTR_WINDOW = 50;

  private final Map<String, Long> counts;
  private final double total;

  public LexicalSignal(Map<String, Long> counts, long total) {
    this.counts = Map.copyOf(counts);
    this.total = total;
  }

  public LexicalSignal(NewsWordCounts newsWords) {
    this(newsWords.counts(), newsWords.total());
  }

  public static LexicalSignal bundled() {
    return new LexicalSignal(NewsWordCounts.bundled());
  }

  @Override
  public String name() {
    return "lex";
  }

  @Override
  public List<String> features() {
    return List.of(MEAN_ZIPF, RARE_SHARE, TYPE_TOKEN_RATIO);
  }

  /** Zipf scale: log10 of occurrences per billion words (add-one smoothed); 0 for a word never seen. */
  double zipf(String word) {
    return Math.log10((counts.getOrDefault(word, 0L) + 1) / Math.max(1, total) * 1e9);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<String> all = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<String> words = new ArrayList<>();
      for (Words.Word w : Words.of(sentence.text())) {
        if (w.text().chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')) {
          words.add(w.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
      }
      all.addAll(words);
      if (words.isEmpty()) {
        continue;
      }
      double zipf = 0;
      int rare = 0;
      for (String w : words) {
        zipf += zipf(w);
        rare += counts.containsKey(w) ? 0 : 1;
      }
      SentenceFindings f = findings.get(sentence.index());
      f.set(MEAN_ZIPF, zipf / words.size());
      f.set(RARE_SHARE, rare / (double) words.size());
    }
    double ttr = movingTypeTokenRatio(all, TTR_WINDOW);
    for (SentenceFindings f : findings) {
      f.set(TYPE_TOKEN_RATIO, ttr);
    }
  }

  /** Mean share of distinct words over every window of {@code window} words (the whole text when shorter). */
  static double movingTypeTokenRatio(List<String> words, int window) {
    if (words.isEmpty()) {
      return 0;
    }
    if (words.size() <= window) {
      return new java.util.HashSet<>(words).size() / (double) words.size();
    }
    Map<String, Integer> inWindow = new HashMap<>();
    for (int i = 0; i < window; i++) {
      inWindow.merge(words.get(i), 1, Integer::sum);
    }
    double sum = inWindow.size() / (double) window;
    int windows = 1;
    for (int i = window; i < words.size(); i++) {
      inWindow.merge(words.get(i), 1, Integer::sum);
      String leaving = words.get(i - window);
      if (inWindow.merge(leaving, -1, Integer::sum) == 0) {
        inWindow.remove(leaving);
      }
      sum += inWindow.size() / (double) window;
      windows++;
    }
    return sum / windows;
  }
}
