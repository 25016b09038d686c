package io.mtdetect.score;

import io.mtdetect.signals.Artefacts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features that are evidence of error or of machine translation: more of any of them must never
 * lower a probability, so the fit constrains their weights to be ≥ 0 (models/SCORER.md, "Monotone
 * features"). A sentence or article feature is constrained when the signal it measures or aggregates is:
 * <ul>
 *   <li>LanguageTool's matches, per category and weighted ({@code lt.*}): grammar, spelling and
 *       punctuation errors;</li>
 *   <li>absolute and relative language-model surprisal and the share of tokens outside the model's top
 *       1,000 guesses ({@code lm.surprisal}, {@code lm.maxSurprisal}, {@code lm.bitsPerChar},
 *       {@code lm.relativeSurprisal}, {@code lm.rareTokenShare}) and surprisal beyond the words' own rarity
 *       ({@code lm.surprisalOverUnigram}, SLOR negated) and word order English news does not use
 *       ({@code syntax.surprisalOverUnigram}): text no English writer would produce;</li>
 *   <li>words English news does not use ({@code lex.rareWordShare}), words left in another language
 *       ({@code foreign.word}) and pictures no other word of the sentence explains ({@code imagery.unexplainedPicture},
 *       literal idioms);</li>
 *   <li>the machine-translation classifier ({@code clf.*}) and every round-trip artefact count
 *       ({@link Artefacts#KINDS});</li>
 *   <li>the article model's aggregates of sentence probabilities ({@code flaggedShare}, {@code topMean},
 *       {@code meanProbability}): raising one sentence's probability never lowers the article's.</li>
 * </ul>
 * Left free: the GLTR shares of tokens among the model's top 10/100/1,000 guesses, mean word frequency
 * and type-token ratio (fluent machine translation is <em>more</em> predictable and narrower than
 * people, so their direction is for the fit to find), and the optional round-trip and n-gram features.
 */
public final class MonotoneFeatures {
  private static final Set<String> SIGNALS = Set.of("lm.surprisal", "lm.maxSurprisal", "lm.bitsPerChar",
      "lm.relativeSurprisal", "lm.rareTokenShare", "lm.surprisalOverUnigram", "syntax.surprisalOverUnigram",
      "lex.rareWordShare", "imagery.unexplainedPicture");
  private static final List<String> FAMILIES = List.of("lt.", "clf.", "foreign.");
  private static final Set<String> AGGREGATES =
      Set.of(ArticleScorer.FLAGGED_SHARE, ArticleScorer.TOP_MEAN, ArticleScorer.MEAN_PROBABILITY);
  private static final Set<String> ARTEFACTS =
      Artefacts.KINDS.stream().map(Artefacts.Kind::feature).collect(Collectors.toUnmodifiableSet());

  private MonotoneFeatures() {}

  /** Whether more of the (sentence or article) feature must never lower the probability. */
  public static boolean isEvidence(String feature) {
    if (AGGREGATES.contains(feature)) {
      return true;
    }
    String signal = ArticleScorer.signalOf(feature) == null ? feature : ArticleScorer.signalOf(feature);
    return SIGNALS.contains(signal) || ARTEFACTS.contains(signal) || FAMILIES.stream().anyMatch(signal::startsWith);
  }
}
