package io.mtdetect.translationese.train;

import io.mtdetect.lm.Corpus;
import io.mtdetect.translationese.WordOrderModel;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

/**
 * Counts the translationese view's 1–3-grams over a sample of the corpus's training split — every
 * {@code every}th paragraph, so the sample spans the whole corpus — and keeps the trigrams seen at least
 * {@code minTrigramCount} times (a trigram seen once says little and most of them are seen once).
 */
public final class WordOrderCounter {
  private static final int PROGRESS_EVERY = 50_000;
  private static final String ANY_SUFFIX = " " + WordOrderModel.ANY;

  private final UnaryOperator<String> view;

  public WordOrderCounter(UnaryOperator<String> view) {
    this.view = view;
  }

  public WordOrderModel count(Corpus corpus, int every, long maxParagraphs, int minTrigramCount, LongConsumer progress)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    long[] read = {0, 0};
    corpus.paragraphs(Corpus.Split.TRAIN, paragraph -> {
      if (read[0]++ % every != 0) {
        return true;
      }
      String tokens = view.apply(paragraph);
      if (!tokens.isBlank()) {
        add(Arrays.asList(tokens.split(" ")), counts);
      }
      if (++read[1] % PROGRESS_EVERY == 0) {
        progress.accept(read[1]);
      }
      return read[1] < maxParagraphs;
    });
    counts.entrySet().removeIf(e -> ngramOrder(e.getKey()) == 3 && !e.getKey().endsWith(ANY_SUFFIX)
        && e.getValue() < minTrigramCount);
    return new WordOrderModel(counts);
  }

  static void add(List<String> view, Map<String, Integer> counts) {
    List<String> t = WordOrderModel.withBoundaries(view);
    for (int i = 2; i < t.size(); i++) {
      counts.merge(t.get(i), 1, Integer::sum);
      counts.merge(t.get(i - 1) + " " + t.get(i), 1, Integer::sum);
      counts.merge(t.get(i - 2) + " " + t.get(i - 1) + " " + t.get(i), 1, Integer::sum);
      counts.merge(t.get(i - 1) + ANY_SUFFIX, 1, Integer::sum);
      counts.merge(t.get(i - 2) + " " + t.get(i - 1) + ANY_SUFFIX, 1, Integer::sum);
    }
  }

  private static int ngramOrder(String ngram) {
    return (int) ngram.chars().filter(c -> c == ' ').count() + 1;
  }
}
