package io.mtdetect.score.fit;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.LabelledArticles.Item;
import io.mtdetect.eval.LengthStrata;
import io.mtdetect.pipeline.ResultExcerpts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The training pipeline's first stage: labelled articles split by document (every version of a
 * document on one side), excerpts apart from whole articles, and any held-out groups apart from both.
 *
 * @param train         whole articles of the training documents: what every model is fitted on
 * @param test          whole articles of the test documents: never fitted on, reported
 * @param trainExcerpts the first sentences of training articles (short texts: shrinkage and thresholds)
 * @param testExcerpts  the same of test articles, reported by length
 * @param heldOutGroups articles of the groups left out of everything (leave-one-language-out)
 * @param webTrain      real web pages of the training documents ({@link LengthStrata#isWebPage}): they bound the
 *                      thresholds (false alarms on pages of every type), no model is fitted on them
 * @param webTest       the same of the test documents, reported
 */
public record TrainingSplit(List<Item> train, List<Item> test, List<Item> trainExcerpts, List<Item> testExcerpts,
    List<Item> heldOutGroups, List<Item> webTrain, List<Item> webTest) {

  /**
   * @param heldOutGroup  groups never fitted on (or {@code null})
   * @param heldOutPart   which documents of those groups are kept for the report
   * @param excerptSizes  derive excerpts of these sizes from the training articles' saved results (may be empty)
   */
  public static TrainingSplit of(List<Item> items, Pattern heldOutGroup, DocumentSplit.Part heldOutPart,
      List<Integer> excerptSizes) {
    return of(items, heldOutGroup, heldOutPart, excerptSizes, UnaryOperator.identity());
  }

  /**
   * As {@link #of(List, Pattern, DocumentSplit.Part, List)}, each derived excerpt then passed through {@code
   * derived}: the feature overlays the articles were given, whose files hold the excerpts' own values too.
   */
  public static TrainingSplit of(List<Item> items, Pattern heldOutGroup, DocumentSplit.Part heldOutPart,
      List<Integer> excerptSizes, UnaryOperator<ArticleResult> derived) {
    List<Item> train = new ArrayList<>();
    List<Item> test = new ArrayList<>();
    List<Item> trainExcerpts = new ArrayList<>();
    List<Item> testExcerpts = new ArrayList<>();
    List<Item> heldOut = new ArrayList<>();
    List<Item> webTrain = new ArrayList<>();
    List<Item> webTest = new ArrayList<>();
    for (Item item : items) {
      if (LengthStrata.isWebPage(item)) {
        (DocumentSplit.isTraining(item.result().id()) ? webTrain : webTest).add(item);
      } else if (heldOutGroup != null && heldOutGroup.matcher(item.group()).find()) {
        if (heldOutPart.contains(item.result().id())) {
          heldOut.add(item);
        }
      } else if (LengthStrata.isExcerpt(item)) {
        (DocumentSplit.isTraining(item.result().id()) ? trainExcerpts : testExcerpts).add(item);
      } else {
        (DocumentSplit.isTraining(item.result().id()) ? train : test).add(item);
      }
    }
    if (!excerptSizes.isEmpty()) {
      ResultExcerpts excerpts = new ResultExcerpts();
      trainExcerpts.addAll(train.parallelStream().filter(i -> !i.group().startsWith("mixed"))
          .flatMap(i -> excerptSizes.stream().filter(k -> i.result().sentences().size() > k)
              .map(k -> new Item(derived.apply(excerpts.first(i.result(), k)), i.label(), i.group() + "/first" + k,
                  Arrays.copyOf(i.sentenceLabels(), k))))
          .toList());
    }
    return new TrainingSplit(train, test, trainExcerpts, testExcerpts, heldOut, webTrain, webTest);
  }

  public boolean hasBothLabels() {
    return train.stream().map(Item::label).distinct().count() == 2;
  }
}
