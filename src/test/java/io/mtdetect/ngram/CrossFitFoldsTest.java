package io.mtdetect.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.ngram.train.CrossFitFolds;
import org.junit.jupiter.api.Test;

class CrossFitFoldsTest {
  @Test
  void oneFoldPerLanguagePivotAndFlores() {
    assertEquals("wmt-cs", CrossFitFolds.of("cs-en/Online-A", "cs-en:block1#Online-A"));
    assertEquals("wmt-cs", CrossFitFolds.of("cs-en/human", "cs-en:block1#human-A"));
    assertEquals("apertium-cat", CrossFitFolds.of("mixed-cat", "doc#mixed-cat"));
    assertEquals("apertium-spa", CrossFitFolds.of("full-spa", "doc#full-spa"));
    assertEquals("flores", CrossFitFolds.of("roundtrip/deu", "flores:1#deu"));
    assertEquals("flores", CrossFitFolds.of("original/flores", "flores:1#original"));
  }

  @Test
  void excerptsFallInTheirArticlesFoldAndOriginalsAreSplitByDocument() {
    assertEquals(CrossFitFolds.of("ja-en/human", "ja:1#human"), CrossFitFolds.of("ja-en/human/first2", "ja:1#human@first2"));
    String a = CrossFitFolds.of("original/bbc", "bbc:7#original");
    assertEquals(a, CrossFitFolds.of("original/bbc/first1", "bbc:7#original@first1"));
    assertTrue(a.startsWith("other-"));
    long distinct = java.util.stream.IntStream.range(0, 60)
        .mapToObj(i -> CrossFitFolds.of("original", "doc" + i + "#original")).distinct().count();
    assertEquals(3, distinct, "originals spread over three folds");
  }
}
