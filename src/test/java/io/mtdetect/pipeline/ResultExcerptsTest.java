package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.signals.ArticleTranslationeseSignal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultExcerptsTest {
  private static ScoredSentence sentence(int index, int paragraph, int start, String text, double surprisal) {
    return new ScoredSentence(index, paragraph, start, start + text.length(), text, 0.5,
        Map.of("lm.surprisal", surprisal, "lm.relativeSurprisal", 99.0, "tautology", 0.0), List.of());
  }

  /** Headline line, then "Moscow sees a threat. threats and threats." and a last paragraph. */
  private static ArticleResult saved() {
    String title = "Talks stall";
    List<ScoredSentence> sentences = List.of(
        sentence(0, 0, 0, title, 9),
        sentence(1, 1, 12, "Moscow sees a threat.", 6),
        sentence(2, 1, 34, "threats and threats.", 8),
        sentence(3, 2, 55, "Talks resume next week.", 5));
    return new ArticleResult("a#full", "a.jsonl:1", title, 0.5, 50, null, null, sentences, List.of(), null, null,
        sentences.size(), null);
  }

  @Test
  void anExcerptStartsAfterTheHeadlineAndIsRescoredAsAWhole() {
    ArticleResult excerpt = new ResultExcerpts().first(saved(), 2);
    assertEquals("a#full@first2", excerpt.id());
    assertEquals(List.of("Moscow sees a threat.", "threats and threats."),
        excerpt.sentences().stream().map(ScoredSentence::text).toList());
    assertEquals(List.of(0, 1), excerpt.sentences().stream().map(ScoredSentence::index).toList());
    // relative surprisal against the excerpt's own median (7), not the article's
    assertEquals(-1.0, excerpt.sentences().get(0).signals().get("lm.relativeSurprisal"), 1e-12);
    assertEquals(1.0, excerpt.sentences().get(1).signals().get("lm.relativeSurprisal"), 1e-12);
    // the artefact detectors ran on the excerpt's text
    assertEquals(1.0, excerpt.sentences().get(1).signals().get("tautology"), 1e-12);
    assertEquals(1.0, excerpt.sentences().get(1).signals().get("fragment.lowercaseStart"), 1e-12);
    assertEquals(2, excerpt.sentenceCount());
  }

  @Test
  void anExcerptReadsTheWholeTextModelOverItsOwnSentences() {
    // the article's value (0.9) sits on every saved sentence; the excerpt's is the model's reading of its two
    List<ScoredSentence> withModel = saved().sentences().stream().map(s -> {
      Map<String, Double> signals = new java.util.HashMap<>(s.signals());
      signals.put(ArticleTranslationeseSignal.PROBABILITY, 0.9);
      return s.withFindings(Map.copyOf(signals), s.evidence());
    }).toList();
    ArticleResult excerpt = new ResultExcerpts().first(saved().withSentences(withModel), 2);
    double own = ArticleTranslationeseSignal.bundled().probability(List.of("Moscow sees a threat.", "threats and threats."));
    for (ScoredSentence s : excerpt.sentences()) {
      assertEquals(own, s.signals().get(ArticleTranslationeseSignal.PROBABILITY), 1e-12);
    }
    assertNotEquals(0.9, own, 1e-6);
    // results saved before the model do not gain its feature in their excerpts
    assertFalse(new ResultExcerpts().first(saved(), 2).sentences().get(0).signals()
        .containsKey(ArticleTranslationeseSignal.PROBABILITY));
  }
}
