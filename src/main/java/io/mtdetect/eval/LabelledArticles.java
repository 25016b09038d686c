package io.mtdetect.eval;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.pipeline.BatchRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores labelled inputs and joins each article with its gold labels: what {@code eval} and
 * {@code train-scorer} both start from. Articles outside the requested split are skipped.
 */
public final class LabelledArticles {
  /** A scored article with its label, group and per-sentence labels (-1 where unknown). */
  public record Item(ArticleResult result, int label, String group, int[] sentenceLabels) {}

  /** The joined articles, and the ids that could not be joined. */
  public record Collected(List<Item> items, List<String> unlabelled, List<String> missing) {}

  private LabelledArticles() {}

  public static Collected collect(BatchRunner runner, Iterator<InputItem> inputs, Labels labels, DocumentSplit.Part part,
      Consumer<ArticleResult> onEachResult) throws InterruptedException {
    List<Item> items = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Iterator<InputItem> inPart = new Iterator<>() {
      private InputItem next = advance();

      private InputItem advance() {
        while (inputs.hasNext()) {
          InputItem item = inputs.next();
          if (part.contains(item.id())) {
            return item;
          }
          seen.add(item.id());
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public InputItem next() {
        InputItem current = next;
        next = advance();
        return current;
      }
    };
    runner.run(inPart, result -> {
      onEachResult.accept(result);
      if (result.isError()) {
        return;
      }
      Labels.ArticleLabel label = labels.article(result.id());
      if (label == null) {
        unlabelled.add(result.id());
        return;
      }
      seen.add(result.id());
      items.add(new Item(result, label.label(), label.group(), sentenceLabels(labels, result)));
    });
    List<String> missing = labels.ids().stream().filter(id -> !seen.contains(id)).toList();
    return new Collected(items, unlabelled, missing);
  }

  /**
   * Joins saved results (from {@code score --format jsonl}) with their labels: how fitting and
   * cross-engine evaluation reuse one scoring pass. Error records and unlabelled ids are left out.
   */
  public static List<Item> fromResults(Iterable<ArticleResult> results, Labels labels) {
    List<Item> items = new ArrayList<>();
    for (ArticleResult result : results) {
      Labels.ArticleLabel label = result.isError() ? null : labels.article(result.id());
      if (label != null) {
        items.add(new Item(result, label.label(), label.group(), sentenceLabels(labels, result)));
      }
    }
    return items;
  }

  private static int[] sentenceLabels(Labels labels, ArticleResult result) {
    List<ScoredSentence> sentences = result.sentences();
    int[] out = new int[sentences.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.sentence(result.id(), sentences.get(i).start());
    }
    return out;
  }
}
