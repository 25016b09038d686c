package io.mtdetect.lm.train;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.mtdetect.lm.Corpus;
import io.mtdetect.lm.TokenUnigrams;
import io.mtdetect.lm.TypographicQuotes;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Counts a tokenizer's tokens over the training split of a corpus — the text the language model learnt
 * from — reading quotes as the model does ({@link TypographicQuotes}), so that each token's unigram
 * probability and its probability in context describe the same input.
 */
public final class TokenUnigramCounter {
  private static final int PROGRESS_EVERY = 100_000;

  private final HuggingFaceTokenizer tokenizer;

  public TokenUnigramCounter(HuggingFaceTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * @param maxParagraphs stop after this many training paragraphs (Long.MAX_VALUE for all)
   * @param progress      told the paragraph count every {@value #PROGRESS_EVERY} paragraphs
   */
  public TokenUnigrams count(Corpus corpus, String source, int vocabulary, long maxParagraphs, LongConsumer progress)
      throws IOException {
    Map<String, Long> counts = new HashMap<>();
    long[] paragraphs = {0};
    corpus.paragraphs(Corpus.Split.TRAIN, paragraph -> {
      for (String token : tokenizer.encode(TypographicQuotes.toAscii(paragraph), false, false).getTokens()) {
        counts.merge(token, 1L, Long::sum);
      }
      paragraphs[0]++;
      if (paragraphs[0] % PROGRESS_EVERY == 0) {
        progress.accept(paragraphs[0]);
      }
      return paragraphs[0] < maxParagraphs;
    });
    return new TokenUnigrams(source + ", " + paragraphs[0] + " training paragraphs", counts, vocabulary);
  }
}
