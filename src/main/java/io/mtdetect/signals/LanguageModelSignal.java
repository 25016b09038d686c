package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.TokenScores;
import io.mtdetect.lm.TokenUnigrams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How surprised a news-trained language model is by each sentence, given the paragraph before it.
 * Round-trip output is fluent word by word but odd as a whole ("Moscow knows the universe very
 * well"), so its tokens are less predictable than an editor's. Because some stories are simply
 * harder to predict, the key feature is relative to the article's own baseline (its median
 * sentence); absolute figures are kept too, so a fitted scorer can compare with clean-news norms.
 */
public final class LanguageModelSignal implements SentenceSignal {
  public static final String SURPRISAL = "lm.surprisal";
  public static final String MAX_SURPRISAL = "lm.maxSurprisal";
  public static final String BITS_PER_CHAR = "lm.bitsPerChar";
  public static final String RELATIVE = "lm.relativeSurprisal";
  /**
   * Mean surprisal of the sentence's tokens (bits) minus their mean surprisal under the model's unigram
   * model: SLOR (Pauls and Klein 2012; Lau, Clark and Lappin 2017), negated so that more is worse. Rare
   * words cost the same in both models and cancel, so a sentence of names and technical terms is not
   * penalised for them, while common words in an order English does not use — a rule-based engine's
   * word salad — are. Only for a model with a unigram table ({@link LanguageModel#unigrams()}).
   */
  public static final String SURPRISAL_OVER_UNIGRAM = "lm.surprisalOverUnigram";
  /** GLTR buckets: shares of tokens that were the model's top-10, top-100, top-1000 guess, or rarer. */
  public static final String TOP10_SHARE = "lm.top10Share";
  public static final String TOP100_SHARE = "lm.top100Share";
  public static final String TOP1000_SHARE = "lm.top1000Share";
  public static final String RARE_SHARE = "lm.rareTokenShare";
  /**
   * The classifier branch's probability that the sentence is machine translated (same forward pass).
   * A probability, not log-odds: on text unlike its training data the classifier can be confidently
   * wrong (log-odds of −15), and a bounded feature keeps one such opinion from outvoting every other
   * signal. Its own family ("clf.") so ablations can weigh it apart from surprisal.
   */
  public static final String MACHINE_PROBABILITY = "clf.machineProbability";
  /** From this classifier probability on, the sentence carries classifier evidence. */
  private static final double CLASSIFIER_EVIDENCE_PROBABILITY = 0.8;
  private static final List<String> GLTR_FEATURES = List.of(TOP10_SHARE, TOP100_SHARE, TOP1000_SHARE, RARE_SHARE);
  /** Tokens at least this surprising (bits) are pointed at as evidence. */
  private static final double EVIDENCE_BITS = 14;
  private static final int EVIDENCE_PER_SENTENCE = 2;
  /** Context is the paragraph so far, capped so long paragraphs do not crowd the window. */
  private static final int MAX_CONTEXT_CHARS = 400;

  private final LanguageModel model;

  public LanguageModelSignal(LanguageModel model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "lm";
  }

  @Override
  public List<String> features() {
    List<String> features = new ArrayList<>(List.of(SURPRISAL, MAX_SURPRISAL, BITS_PER_CHAR, RELATIVE, TOP10_SHARE,
        TOP100_SHARE, TOP1000_SHARE, RARE_SHARE));
    if (model.unigrams() != null) {
      features.add(SURPRISAL_OVER_UNIGRAM);
    }
    if (model.hasClassifier()) {
      features.add(MACHINE_PROBABILITY);
    }
    return features;
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<Sentence> sentences = article.sentences();
    // One call per article lets the model batch its sentences.
    List<TokenScores> all = model.scoreAll(requests(article, MAX_CONTEXT_CHARS));
    double[] mean = new double[sentences.size()];
    TokenUnigrams unigrams = model.unigrams();
    for (Sentence s : sentences) {
      TokenScores scores = all.get(s.index());
      SentenceFindings f = findings.get(s.index());
      if (scores.size() == 0) {
        continue;
      }
      double bits = 0;
      double max = 0;
      for (int i = 0; i < scores.size(); i++) {
        double b = scores.surprisalBits(i);
        bits += b;
        max = Math.max(max, b);
      }
      mean[s.index()] = bits / scores.size();
      f.set(SURPRISAL, mean[s.index()]);
      f.set(MAX_SURPRISAL, max);
      f.set(BITS_PER_CHAR, bits / Math.max(1, s.text().length()));
      if (unigrams != null) {
        f.set(SURPRISAL_OVER_UNIGRAM, mean[s.index()] - unigramBits(unigrams, scores) / scores.size());
      }
      int[] buckets = scores.gltrBuckets();
      for (int b = 0; b < buckets.length; b++) {
        f.set(GLTR_FEATURES.get(b), buckets[b] / (double) scores.size());
      }
      pointAtSurprisingTokens(s, scores, f);
      if (scores.hasMachineLogit()) {
        double p = 1 / (1 + Math.exp(-scores.machineLogit()));
        f.set(MACHINE_PROBABILITY, p);
        if (p >= CLASSIFIER_EVIDENCE_PROBABILITY) {
          f.addEvidence(new Evidence("classifier", "machine-translation-like",
              String.format(Locale.ROOT, "reads like machine translation to the built-in classifier (p %.2f)", p),
              s.start(), s.end()));
        }
      }
    }
    double baseline = median(mean);
    for (Sentence s : sentences) {
      findings.get(s.index()).set(RELATIVE, mean[s.index()] - baseline);
    }
  }

  private static double unigramBits(TokenUnigrams unigrams, TokenScores scores) {
    double bits = 0;
    for (String token : scores.tokens()) {
      bits -= unigrams.logProb(token) / Math.log(2);
    }
    return bits;
  }

  /**
   * One request per sentence, with the paragraph before it (at most {@code maxContextChars}
   * characters of it) as context: what the language model is asked for each sentence.
   */
  public static List<LanguageModel.Request> requests(SegmentedArticle article, int maxContextChars) {
    List<Sentence> sentences = article.sentences();
    String text = article.article().text();
    List<LanguageModel.Request> requests = new ArrayList<>(sentences.size());
    int paragraphStart = 0;
    for (Sentence s : sentences) {
      if (s.index() == 0 || sentences.get(s.index() - 1).paragraph() != s.paragraph()) {
        paragraphStart = s.start();
      }
      String context = text.substring(Math.max(paragraphStart, s.start() - maxContextChars), s.start()).strip();
      requests.add(new LanguageModel.Request(context, s.text()));
    }
    return requests;
  }

  private void pointAtSurprisingTokens(Sentence s, TokenScores scores, SentenceFindings f) {
    Integer[] order = new Integer[scores.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores.logProb()[a], scores.logProb()[b]));
    int shown = 0;
    for (int i : order) {
      if (shown == EVIDENCE_PER_SENTENCE || scores.surprisalBits(i) < EVIDENCE_BITS) {
        break;
      }
      if (scores.start()[i] < 0) {
        continue;
      }
      int[] token = wholeCodePoints(s.text(), scores.start()[i], scores.end()[i]);
      int[] word = wordOf(s.text(), token[0], token[1]);
      if (word == null) {
        continue;
      }
      word = wholeCodePoints(s.text(), word[0], word[1]);
      String tokenText = s.text().substring(token[0], token[1]).strip();
      String wordText = s.text().substring(word[0], word[1]);
      String message = tokenText.isEmpty() || tokenText.equals(wordText)
          ? String.format(Locale.ROOT, "surprising token \"%s\" (%.1f bits, rank %d)", wordText,
              scores.surprisalBits(i), scores.rank()[i])
          : String.format(Locale.ROOT, "surprising token \"%s\" in \"%s\" (%.1f bits, rank %d)", tokenText, wordText,
              scores.surprisalBits(i), scores.rank()[i]);
      f.addEvidence(new Evidence(name(), "surprising-token", message, s.start() + word[0], s.start() + word[1]));
      shown++;
    }
  }

  /**
   * [start, end) in {@code text} widened to whole characters: a byte-level token may end or start inside an emoji's
   * surrogate pair, and half a pair in a message cannot be written as UTF-8.
   */
  static int[] wholeCodePoints(String text, int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))
        && Character.isHighSurrogate(text.charAt(from - 1))) {
      from--;
    }
    if (to > 0 && to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))
        && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * The word a token belongs to, as [start, end) in the sentence: a sub-word token points at its whole
   * word, and a token that is only spacing or a word boundary (the tokenizer's empty piece before a word)
   * at the word that follows it; {@code null} when no word is there (the token is trailing space).
   */
  static int[] wordOf(String text, int tokenStart, int tokenEnd) {
    int start = Math.max(0, Math.min(tokenStart, text.length()));
    int end = Math.max(start, Math.min(tokenEnd, text.length()));
    if (text.substring(start, end).isBlank()) {
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start == text.length()) {
        return null;
      }
      end = start + 1;
    } else {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (!Character.isLetterOrDigit(text.charAt(start))) {
      // Punctuation is its own evidence ("," where none belongs): point at it alone.
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return new int[] {start, end};
    }
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return new int[] {start, end};
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  /** The median of the values (0 for none): the baseline {@link #RELATIVE} is taken against. */
  public static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  @Override
  public void close() {
    model.close();
  }
}
