package io.mtdetect.score;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.WordCount;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.core.Verdict;
import io.mtdetect.core.VerdictBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 4: sentence probabilities from the findings, then the article's.
 *
 * <p>Aggregation: the article model sees three numbers, not the sentences themselves. The share of
 * flagged sentences keeps one false alarm in a long clean article from condemning it, which a
 * noisy-or over all sentences would do (its probability only grows with length). The mean of the
 * top-k sentences lets a short article with a few glaring artefacts still be caught, and the mean
 * probability and the article means of each signal ({@code mean:lm.surprisal}, …) carry the diffuse
 * evidence of many mildly odd sentences, which no single sentence shows.
 */
public final class ArticleScorer {
  public static final String FLAGGED_SHARE = "flaggedShare";
  public static final String TOP_MEAN = "topMean";
  public static final String MEAN_PROBABILITY = "meanProbability";
  /** Article means of each sentence signal: diffuse evidence (a whole article slightly less fluent). */
  public static final String MEAN_PREFIX = "mean:";
  /**
   * Article maxima of the artefacts that one occurrence is enough to show (a disclosure footer, a
   * garbled name): an article mean dilutes one such sentence among thirty.
   */
  public static final String MAX_PREFIX = "max:";
  public static final java.util.Set<String> MAX_FEATURES = java.util.Set.of("disclosure", "names.nearMiss",
      "quotes.misplaced", "tautology", "fragment.lowercaseStart");
  /**
   * Shares of sentences with at least one error of a kind: how much of the article is broken, which a mean
   * lets a few error-dense lines (a list, a quotation) stand in for.
   */
  public static final String SHARE_PREFIX = "share:";
  public static final java.util.Set<String> SHARE_FEATURES = java.util.Set.of("lt.ruleEvidence", "lt.grammar",
      "lt.punctuation", "lt.spelling", "foreign.word");
  /** Article medians: the typical sentence, unmoved by a headline or a list of names. */
  public static final String MEDIAN_PREFIX = "median:";
  public static final java.util.Set<String> MEDIAN_FEATURES = java.util.Set.of("lm.surprisal", "lm.maxSurprisal",
      "lm.surprisalOverUnigram", "syntax.surprisalOverUnigram");

  private final ScorerModel model;

  /**
   * The sentence feature an article feature aggregates ({@code mean:lm.surprisal} → {@code lm.surprisal},
   * {@code max:disclosure} → {@code disclosure}), or {@code null} for the aggregates of sentence
   * probabilities ({@code flaggedShare}, {@code topMean}, {@code meanProbability}), which belong to no
   * signal: what ablations use to drop a family at article level too.
   */
  public static String signalOf(String articleFeature) {
    for (String prefix : new String[] {MEAN_PREFIX, MAX_PREFIX, SHARE_PREFIX, MEDIAN_PREFIX}) {
      if (articleFeature.startsWith(prefix)) {
        return articleFeature.substring(prefix.length());
      }
    }
    return null;
  }

  public ArticleScorer(ScorerModel model) {
    this.model = model;
  }

  public ScorerModel model() {
    return model;
  }

  /** The result of scoring one article. */
  public record Scored(List<ScoredSentence> sentences, double mtProbability, int quality, Verdict verdict,
      VerdictBasis basis) {}

  public Scored score(SegmentedArticle article, List<SentenceFindings> findings) {
    List<ScoredSentence> scored = new ArrayList<>(findings.size());
    for (Sentence s : article.sentences()) {
      SentenceFindings f = findings.get(s.index());
      scored.add(new ScoredSentence(s.index(), s.paragraph(), s.start(), s.end(), s.text(),
          sentenceProbability(f.features()), Map.copyOf(f.features()), List.copyOf(f.evidence())));
    }
    return article(scored);
  }

  /**
   * A sentence's probability: the sentence model's, with the evidence channel's log-likelihood ratio of
   * the artefacts in that sentence added to its log-odds.
   */
  public double sentenceProbability(Map<String, Double> features) {
    double statistical = model.sentence().probability(features);
    return sigmoid(logOdds(statistical) + model.evidence().logLikelihoodRatio(features, 1));
  }

  /** Scores a run of already scored sentences as a text of its own (a forum post: {@link PostScorer}). */
  public Scored ofSentences(List<ScoredSentence> sentences) {
    return article(sentences);
  }

  /** Both channels over scored sentences: the statistical probability, then the artefacts' log-likelihood ratio. */
  private Scored article(List<ScoredSentence> sentences) {
    Detectors detectors = detectors(sentences);
    double statistical = detectors.combined();
    Map<String, Double> counts = artefactCounts(sentences);
    double ratio = model.evidence().logLikelihoodRatio(counts, sentences.size());
    double probability = sigmoid(logOdds(statistical) + ratio);
    Verdict verdict = verdict(probability);
    String channel = verdict(statistical) != verdict ? VerdictBasis.ARTEFACTS
        : detectors.garbled() > detectors.fluent() ? VerdictBasis.GARBLED : VerdictBasis.FLUENT;
    return new Scored(sentences, probability, quality(probability), verdict, new VerdictBasis(channel, statistical,
        detectors.fluent(), detectors.garbled(), ratio, model.evidence().artefacts(counts, sentences.size())));
  }

  /**
   * The statistical channel's two detectors, each already pulled toward its prior for short texts.
   *
   * @param fluent  the sentence and article models' probability (predictable, narrow wording)
   * @param garbled the garbled detector's (error densities far above English)
   */
  public record Detectors(double fluent, double garbled) {
    /** Noisy-OR: either detector can raise the verdict, and neither can lower what the other found. */
    public double combined() {
      return 1 - (1 - fluent) * (1 - garbled);
    }
  }

  public Detectors detectors(List<ScoredSentence> sentences) {
    double[] p = sentenceProbabilities(sentences);
    int[] words = wordCounts(sentences);
    ScorerModel.MeanWeighting means = model.article().means();
    Map<String, Double> fluentFeatures = aggregate(sentences, p, words, means);
    Map<String, Double> garbledFeatures = means == ScorerModel.MeanWeighting.SENTENCES
        ? fluentFeatures : aggregate(sentences, p, words, ScorerModel.MeanWeighting.SENTENCES);
    double fluent = sigmoid(model.shortText().apply(model.article().logOdds(fluentFeatures), sentences.size(),
        Arrays.stream(words).sum()));
    return new Detectors(fluent, model.garbled().probability(garbledFeatures, sentences.size()));
  }

  /** The words of the sentences' text ({@link WordCount}): what a mean or a length weighs by. */
  public static int words(List<ScoredSentence> sentences) {
    return Arrays.stream(wordCounts(sentences)).sum();
  }

  /**
   * The fluent detector alone: what its short-text shrinkage is fitted on, with a scorer whose shrinkage
   * is still the identity.
   */
  public double fluentProbability(List<ScoredSentence> sentences) {
    return detectors(sentences).fluent();
  }

  /** Occurrences of each artefact kind in the article (sums of the sentence features the channel weighs). */
  public Map<String, Double> artefactCounts(List<ScoredSentence> sentences) {
    Map<String, Double> counts = new TreeMap<>();
    for (ScoredSentence s : sentences) {
      for (String kind : model.evidence().kinds().keySet()) {
        counts.merge(kind, s.signals().getOrDefault(kind, 0.0), Double::sum);
      }
    }
    return counts;
  }

  /** A round trip of an indexed original is machine-translated whatever the text alone suggests. */
  public static final double ROUND_TRIP_FLOOR = 0.99;
  /** A copy of an indexed original is that original's own text, not a translation. */
  public static final double COPY_CEILING = 0.05;

  /**
   * The article's probability once its original is known: the alignment is stronger evidence than
   * the text alone when it shows a round trip or a copy; another report of the same story says
   * nothing about translation, so the text-only score stands.
   */
  public Scored withOriginal(Scored scored, io.mtdetect.core.Relation relation, List<ScoredSentence> sentences) {
    double p = switch (relation) {
      case ROUND_TRIP -> Math.max(scored.mtProbability(), ROUND_TRIP_FLOOR);
      case COPY -> Math.min(scored.mtProbability(), COPY_CEILING);
      case SAME_STORY -> scored.mtProbability();
    };
    VerdictBasis basis = scored.basis();
    if (verdict(p) != scored.verdict()) {
      basis = new VerdictBasis(VerdictBasis.ORIGINAL, basis.statisticalProbability(), basis.fluentProbability(),
          basis.garbledProbability(), basis.artefactLogLikelihoodRatio(), basis.artefacts());
    }
    return new Scored(sentences, p, quality(p), verdict(p), basis);
  }

  /**
   * Recomputes a scored article's probabilities from its stored features, as if this scorer had
   * scored it: how fitting and ablations compare scorers without re-running the signals.
   */
  public ArticleResult rescore(ArticleResult result) {
    if (result.isError()) {
      return result;
    }
    List<ScoredSentence> rescored = new ArrayList<>(result.sentences().size());
    for (ScoredSentence s : result.sentences()) {
      rescored.add(new ScoredSentence(s.index(), s.paragraph(), s.start(), s.end(), s.text(),
          sentenceProbability(s.signals()), s.signals(), s.evidence()));
    }
    Scored scored = article(rescored);
    return new ArticleResult(result.id(), result.source(), result.title(), scored.mtProbability(), scored.quality(),
        scored.verdict(), null, rescored, result.skipped(), result.textFrom(), null, rescored.size(), scored.basis(),
        result.pageType(), new PostScorer(this).rescore(result.posts(), rescored));
  }

  /**
   * The aggregated features the garbled detector reads: its means are per sentence whatever the fluent
   * detector's weighting (weighted by words, they cost it a share of the Catalan round trips it flagged:
   * docs/benchmark.md, "Means weighted by words").
   */
  public Map<String, Double> garbledFeatures(List<ScoredSentence> sentences) {
    return aggregate(sentences, sentenceProbabilities(sentences), wordCounts(sentences),
        ScorerModel.MeanWeighting.SENTENCES);
  }

  /** The aggregated features the fluent detector's article model reads; public for the training and eval commands. */
  public Map<String, Double> articleFeatures(List<ScoredSentence> sentences) {
    return aggregate(sentences, sentenceProbabilities(sentences), wordCounts(sentences), model.article().means());
  }

  /** The sentence model's own probabilities: the evidence channel's share is added once, at article level. */
  private double[] sentenceProbabilities(List<ScoredSentence> sentences) {
    return sentences.stream().mapToDouble(s -> model.sentence().probability(s.signals())).toArray();
  }

  /**
   * The article features of sentences whose sentence probabilities are {@code p} and word counts {@code words},
   * their means weighted as {@code means} says.
   */
  private Map<String, Double> aggregate(List<ScoredSentence> sentences, double[] p, int[] words,
      ScorerModel.MeanWeighting means) {
    if (p.length == 0) {
      return Map.of(FLAGGED_SHARE, 0.0, TOP_MEAN, 0.0, MEAN_PROBABILITY, 0.0);
    }
    double flagThreshold = model.article().sentenceFlagThreshold();
    double flagged = Arrays.stream(p).filter(x -> x >= flagThreshold).count();
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    int k = Math.min(model.article().topK(), sorted.length);
    double top = 0;
    for (int i = 0; i < k; i++) {
      top += sorted[sorted.length - 1 - i];
    }
    Map<String, Double> features = new TreeMap<>();
    features.put(FLAGGED_SHARE, flagged / p.length);
    features.put(TOP_MEAN, top / k);
    features.put(MEAN_PROBABILITY, Arrays.stream(p).average().orElse(0));
    double[] weights = means == ScorerModel.MeanWeighting.WORDS
        ? Arrays.stream(words).mapToDouble(n -> Math.max(1, n)).toArray() : null;
    double totalWeight = weights == null ? p.length : Arrays.stream(weights).sum();
    for (int i = 0; i < sentences.size(); i++) {
      ScoredSentence s = sentences.get(i);
      double weight = weights == null ? 1 : weights[i];
      s.signals().forEach((name, value) -> {
        double term = weights == null || ARTEFACT_FEATURES.contains(name)
            ? value / p.length : value * weight / totalWeight;
        features.merge(MEAN_PREFIX + name, term, Double::sum);
        if (MAX_FEATURES.contains(name)) {
          features.merge(MAX_PREFIX + name, value, Math::max);
        }
        if (SHARE_FEATURES.contains(name)) {
          features.merge(SHARE_PREFIX + name, value > 0 ? 1.0 / p.length : 0.0, Double::sum);
        }
      });
    }
    for (String name : MEDIAN_FEATURES) {
      double[] values = sentences.stream().filter(s -> s.signals().containsKey(name))
          .mapToDouble(s -> s.signals().get(name)).toArray();
      if (values.length > 0) {
        features.put(MEDIAN_PREFIX + name, io.mtdetect.signals.LanguageModelSignal.median(values));
      }
    }
    return features;
  }

  private static final java.util.Set<String> ARTEFACT_FEATURES = io.mtdetect.signals.Artefacts.KINDS.stream()
      .map(io.mtdetect.signals.Artefacts.Kind::feature).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Each sentence's word count ({@link WordCount}); weighted means weigh a sentence by it, at least 1. */
  private static int[] wordCounts(List<ScoredSentence> sentences) {
    return sentences.stream().mapToInt(s -> WordCount.of(s.text())).toArray();
  }

  /** The log-odds of a probability, clamped away from 0 and 1 so that certainty stays finite. */
  public static double logOdds(double p) {
    return logOdds(p, 1e-12);
  }

  /** Log-odds of {@code p} clipped to {@code clip} from 0 and 1. */
  public static double logOdds(double p, double clip) {
    double clamped = Math.min(1 - clip, Math.max(clip, p));
    return Math.log(clamped / (1 - clamped));
  }

  public static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The quality at the {@code suspect} threshold: every {@code clean} text scores at least this. */
  public static final int CLEAN_QUALITY_FLOOR = 50;
  /** The quality at the {@code machine-translated} threshold: no such text scores above this. */
  public static final int MACHINE_TRANSLATED_QUALITY_CEILING = 30;

  /**
   * 100 means no sign of machine translation. A monotone, piecewise-linear map of the probability whose
   * bands are the verdict's: [0, suspect) → (50, 100], [suspect, machineTranslated) → (30, 50],
   * [machineTranslated, 1] → [0, 30]; so a reader never sees quality 23 beside {@code clean}.
   */
  int quality(double probability) {
    return quality(probability, model.thresholds());
  }

  static int quality(double probability, ScorerModel.Thresholds thresholds) {
    double p = Math.min(1, Math.max(0, probability));
    double mt = thresholds.machineTranslated();
    double suspect = Math.min(thresholds.suspect(), mt);
    double q;
    if (p >= mt) {
      q = MACHINE_TRANSLATED_QUALITY_CEILING * (mt >= 1 ? 0 : (1 - p) / (1 - mt));
    } else if (p >= suspect) {
      q = MACHINE_TRANSLATED_QUALITY_CEILING
          + (CLEAN_QUALITY_FLOOR - MACHINE_TRANSLATED_QUALITY_CEILING) * (mt - p) / (mt - suspect);
    } else {
      q = CLEAN_QUALITY_FLOOR + (100 - CLEAN_QUALITY_FLOOR) * (suspect - p) / suspect;
    }
    // Rounding inside the band: a clean text just under the suspect threshold reads 50, never 49.
    return (int) Math.round(q);
  }

  Verdict verdict(double probability) {
    if (probability >= model.thresholds().machineTranslated()) {
      return Verdict.MACHINE_TRANSLATED;
    }
    if (probability >= model.thresholds().suspect()) {
      return Verdict.SUSPECT;
    }
    return Verdict.CLEAN;
  }
}
