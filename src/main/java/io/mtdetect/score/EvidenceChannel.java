package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mtdetect.core.VerdictBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorer's evidence channel: rare, high-precision round-trip artefacts weighed by how often they
 * occur in English-original news and in machine translation, not by a fit to data in which they
 * hardly occur. Each occurrence of kind k adds {@code ln(machineRate_k / originalRate_k)} to the
 * log-odds (rates per sentence, from {@code mtdetect artefact-rates}); at most {@link #maxPerKind}
 * occurrences of a kind count (artefacts cluster: one badly converted article repeats one fault), and
 * the sum is capped at {@link #maxLogLikelihoodRatio}. Kinds no more frequent in machine translation
 * than in originals, or found in more than {@link #MAX_ORIGINAL_ARTICLE_SHARE} of English-original
 * articles, weigh nothing. The sum is ≥ 0 and never falls as a count rises.
 *
 * <p>With {@code exposure}, a kind found k times in n sentences carries the Poisson likelihood ratio
 * {@code k·ln(machineRate/originalRate) − n·(machineRate − originalRate)}, floored at 0: one artefact in a
 * 250-sentence page is less evidence than one in a 12-sentence article, because an engine that leaves it would
 * have left more. Without it (scorer files from before 2026-12-07) every occurrence weighs the same.
 *
 * @param kinds                 per artefact kind (a sentence feature name), its rates and weight
 * @param maxPerKind            occurrences of one kind beyond this add nothing
 * @param maxLogLikelihoodRatio the most the channel adds to an article's or a sentence's log-odds
 * @param exposure              whether a kind's ratio counts the sentences it was not found in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvidenceChannel(
    @JsonProperty("kinds") Map<String, Kind> kinds,
    @JsonProperty("maxPerKind") int maxPerKind,
    @JsonProperty("maxLogLikelihoodRatio") double maxLogLikelihoodRatio,
    @JsonProperty("exposure") boolean exposure) {

  /** A channel that weighs nothing: what scorer files from before the channel get. */
  public static final EvidenceChannel NONE = new EvidenceChannel(Map.of(), 0, 0, false);

  /** Occurrences of one kind that count (models/SCORER.md): artefacts cluster in a badly converted article. */
  public static final int MAX_PER_KIND = 3;
  /** The most the channel adds to the log-odds: odds × e^10 ≈ 22,000. */
  public static final double MAX_LOG_LIKELIHOOD_RATIO = 10;
  /** Occurrences of an artefact in the machine-translated set that shows it most, below which its rate is noise. */
  static final int MIN_MACHINE_OCCURRENCES = 3;
  /**
   * A kind found in more English-original articles than this share is not rare enough to decide an
   * article on its own (a name spelled two ways, stray punctuation): it weighs nothing here and stays a
   * feature of the statistical channel.
   */
  static final double MAX_ORIGINAL_ARTICLE_SHARE = 0.01;
  /** Pseudo-occurrences added to the originals' count, so a kind never seen there still has a finite rate. */
  static final double ORIGINAL_PSEUDO_COUNT = 0.5;

  public EvidenceChannel {
    kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
  }

  /**
   * One kind's rates (occurrences per sentence) and the log-likelihood ratio one occurrence carries.
   *
   * @param machineSet the machine-translated set its machine rate was measured on
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Kind(
      @JsonProperty("originalRate") double originalRate,
      @JsonProperty("machineRate") double machineRate,
      @JsonProperty("machineSet") String machineSet,
      @JsonProperty("originalArticleShare") double originalArticleShare,
      @JsonProperty("weight") double weight) {}

  /**
   * Weights from measured rates. The originals' rate r0 pools every English-original set (smoothed by
   * {@link #ORIGINAL_PSEUDO_COUNT}). Machine translation is taken to write what people write plus what
   * the engine adds: a machine-translated set adds its rate minus that of its baseline (the human set
   * of the same documents in the same layout, whose own quirks — a quotation cut by one-sentence-a-line
   * segmentation — are not the engine's), or minus r0 when it has none. The machine rate is r0 plus the
   * largest such excess among sets with at least {@link #MIN_MACHINE_OCCURRENCES} occurrences: engines
   * differ in the artefacts they leave, and an artefact is evidence of the engines that leave it, not of
   * the mix of engines our data happens to hold.
   */
  public static EvidenceChannel fromRates(ArtefactRates rates, List<String> kindNames, int maxPerKind,
      double maxLogLikelihoodRatio, boolean exposure) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    long originalSentences = rates.sets().stream().filter(ArtefactRates.Set::isOriginal)
        .mapToLong(ArtefactRates.Set::sentences).sum();
    if (originalSentences == 0) {
      throw new IllegalArgumentException("the rates hold no English-original set");
    }
    Map<String, ArtefactRates.Set> byName = new LinkedHashMap<>();
    rates.sets().forEach(s -> byName.put(s.name(), s));
    for (String kind : kindNames) {
      long original = rates.sets().stream().filter(ArtefactRates.Set::isOriginal)
          .mapToLong(s -> s.counts().getOrDefault(kind, 0L)).sum();
      double originalRate = (original + ORIGINAL_PSEUDO_COUNT) / originalSentences;
      double excess = 0;
      String machineSet = null;
      for (ArtefactRates.Set s : rates.sets()) {
        if (!ArtefactRates.MACHINE.equals(s.side()) || s.counts().getOrDefault(kind, 0L) < MIN_MACHINE_OCCURRENCES) {
          continue;
        }
        ArtefactRates.Set baseline = s.baseline() == null ? null : byName.get(s.baseline());
        double added = s.rate(kind) - (baseline == null ? originalRate : baseline.rate(kind));
        if (added > excess) {
          excess = added;
          machineSet = s.name();
        }
      }
      double machineRate = originalRate + excess;
      long originalArticles = rates.sets().stream().filter(ArtefactRates.Set::isOriginal)
          .mapToLong(ArtefactRates.Set::articles).sum();
      double articleShare = (double) rates.sets().stream().filter(ArtefactRates.Set::isOriginal)
          .mapToLong(s -> s.articlesWith().getOrDefault(kind, 0L)).sum() / Math.max(1, originalArticles);
      double weight = articleShare > MAX_ORIGINAL_ARTICLE_SHARE ? 0 : Math.log(machineRate / originalRate);
      kinds.put(kind, new Kind(originalRate, machineRate, machineSet, articleShare, weight));
    }
    return new EvidenceChannel(kinds, maxPerKind, maxLogLikelihoodRatio, exposure);
  }

  /** The kinds that carry weight: the features the statistical channel leaves to this one. */
  public List<String> weightedKinds() {
    return kinds.entrySet().stream().filter(e -> e.getValue().weight() > 0).map(Map.Entry::getKey).sorted().toList();
  }

  /** The log-likelihood ratio of the given artefact counts (feature name → occurrences) in {@code sentences} sentences. */
  public double logLikelihoodRatio(Map<String, Double> counts, int sentences) {
    return Math.min(maxLogLikelihoodRatio, artefacts(counts, sentences).stream()
        .mapToDouble(VerdictBasis.Artefact::logLikelihoodRatio).sum());
  }

  /**
   * Each weighted kind found in {@code counts} (over {@code sentences} sentences) that carries a positive ratio, with
   * its share of the log-likelihood ratio, strongest first.
   */
  public List<VerdictBasis.Artefact> artefacts(Map<String, Double> counts, int sentences) {
    List<VerdictBasis.Artefact> found = new ArrayList<>();
    kinds.forEach((name, kind) -> {
      int count = (int) Math.round(counts.getOrDefault(name, 0.0));
      if (count > 0 && kind.weight() > 0) {
        double ratio = kind.weight() * Math.min(count, maxPerKind);
        if (exposure) {
          ratio -= Math.max(1, sentences) * (kind.machineRate() - kind.originalRate());
        }
        if (ratio > 0) {
          found.add(new VerdictBasis.Artefact(name, count, ratio));
        }
      }
    });
    found.sort(Comparator.comparingDouble(VerdictBasis.Artefact::logLikelihoodRatio).reversed()
        .thenComparing(VerdictBasis.Artefact::kind));
    return found;
  }
}
