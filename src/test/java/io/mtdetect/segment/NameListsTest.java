package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SkippedLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameListsTest {
  private final Segmenter segmenter = io.mtdetect.pipeline.DefaultPipeline.segmenter();

  @Test
  void theWinnersOfAnAwardAreNotSentences() {
    String page = String.join("\n",
        "The magazine's annual awards recognised standout projects across the industry this year.",
        "Studio Arthur Casas",
        "WXY Architecture + Urban Design",
        "Bates Masi + Architects and David Kleinberg",
        "Tanseisha Co. Log. Design",
        "Ministry of Design",
        "The jury met in New York in November.");
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", page));
    assertEquals(List.of("The magazine's annual awards recognised standout projects across the industry this year.",
        "The jury met in New York in November."), a.sentences().stream().map(Sentence::text).toList());
    assertEquals(5, a.skipped().stream().filter(l -> l.reason().equals(NameLists.KIND)).count());
  }

  @Test
  void aTeamSheetIsNotSentences() {
    String report = String.join("\n",
        "Chelsea beat Barcelona 4-2 to reach the quarter-finals.",
        "Subs Not Used: Cudicini, Bridge.",
        "Paulo Ferreira, Robben, Lampard.",
        "Robben 79, Cole 90.",
        "Mourinho said his side had deserved the win.");
    assertEquals(2, segmenter.segment(TestArticles.textFile("x", report)).sentences().size());
  }

  @Test
  void oneOrTwoCapitalisedLinesStay() {
    String article = String.join("\n",
        "Talks Resume In Geneva",
        "Russia and the United States resumed talks on Monday.",
        "What Comes Next",
        "Both sides said they would meet again.",
        "Sergei Lavrov",
        "Antony Blinken",
        "The two ministers spoke for an hour.");
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", article));
    assertTrue(a.skipped().stream().map(SkippedLine::reason).noneMatch(NameLists.KIND::equals));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Studio Arthur Casas", "Bates Masi + Architects and David Kleinberg", "Tanseisha Co.",
      "Robben 79, Cole 90.", "Jorge Hernández de la Garza and Plantea Estudio", "Stade de France, Paris"})
  void linesOfNames(String line) {
    assertTrue(NameLists.isLineOfNames(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The jury met in New York.", "Moscow knows the universe very well.",
      "Russia Warns Ukraine Over Border Build-Up As Talks In Geneva Falter Once Again Amid Fears Of War", "- and more"})
  void notLinesOfNames(String line) {
    assertFalse(NameLists.isLineOfNames(line), line);
  }
}
