package io.mtdetect.score.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.LabelledArticles.Item;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrainingSplitTest {
  private static Item article(String id) {
    List<ScoredSentence> sentences = IntStream.range(0, 3).mapToObj(i -> new ScoredSentence(i, i, i * 30, i * 30 + 23,
        "Talks resume next week.", 0.5, Map.of("tautology", 0.0), List.of())).toList();
    ArticleResult result = new ArticleResult(id, "a.jsonl:1", null, 0.5, 50, null, null, sentences, List.of(), null,
        null, sentences.size(), null);
    return new Item(result, 1, "cs-en/Online-A", new int[] {-1, -1, -1});
  }

  @Test
  void derivedExcerptsPassThroughWhatTheArticlesWereGiven() {
    String id = IntStream.range(0, 100).mapToObj(i -> "doc" + i).filter(DocumentSplit::isTraining).findFirst().orElseThrow();
    TrainingSplit split = TrainingSplit.of(List.of(article(id)), null, null, List.of(1, 2),
        r -> r.withSentences(r.sentences().stream()
            .map(s -> s.withFindings(Map.of("overlaid", (double) r.sentences().size()), s.evidence())).toList()));
    assertEquals(1, split.train().size());
    assertEquals(List.of(id + "@first1", id + "@first2"), split.trainExcerpts().stream().map(i -> i.result().id()).toList());
    // each excerpt went through the operator as the excerpt it is
    assertEquals(List.of(1.0, 2.0), split.trainExcerpts().stream()
        .map(i -> i.result().sentences().get(0).signals().get("overlaid")).toList());
    assertEquals(List.of("cs-en/Online-A/first1", "cs-en/Online-A/first2"),
        split.trainExcerpts().stream().map(Item::group).toList());
  }
}
