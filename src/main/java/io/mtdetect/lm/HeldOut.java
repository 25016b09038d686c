package io.mtdetect.lm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Held-out figures: nats per token, perplexity per token and bits per character. */
public record HeldOut(long paragraphs, long tokens, long characters, double natsPerToken, double perplexity,
    double bitsPerChar) {

  /** Scores the first {@code paragraphs} paragraphs of the held-out split, each on its own. */
  public static HeldOut measure(BuiltInLanguageModel lm, Corpus corpus, int paragraphs) throws IOException {
    List<String> texts = new ArrayList<>();
    corpus.paragraphs(Corpus.Split.HELD_OUT, p -> {
      texts.add(p);
      return texts.size() < paragraphs;
    });
    double nats = 0;
    long tokens = 0;
    long chars = 0;
    List<LanguageModel.Request> requests = texts.stream().map(t -> new LanguageModel.Request("", t)).toList();
    List<TokenScores> all = lm.scoreAll(requests);
    for (int i = 0; i < texts.size(); i++) {
      nats += all.get(i).totalNats();
      tokens += all.get(i).size();
      chars += texts.get(i).length();
    }
    double perToken = nats / Math.max(tokens, 1);
    return new HeldOut(texts.size(), tokens, chars, perToken, Math.exp(perToken), nats / Math.log(2) / Math.max(chars, 1));
  }
}
