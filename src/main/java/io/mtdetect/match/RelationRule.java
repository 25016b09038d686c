package io.mtdetect.match;

import io.mtdetect.core.Relation;
import io.mtdetect.match.align.Alignment;
import java.util.Optional;

/**
 * Names the relation an alignment shows. A round trip and a copy keep the original's sentences in
 * order, so most of the article aligns; they differ in how many sentences come through unchanged.
 * Another outlet's report of the same event shares a few sentences at most.
 * Thresholds were set on the training half of the development data (docs/benchmark.md, "Index of
 * originals").
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
  /** A copy keeps this share of its aligned sentences verbatim (same words, same order). */
  static final double COPY_VERBATIM_SHARE = 0.8;
  /** Fewer aligned sentences than this (and a lower coverage) is no match at all rather than the same story. */
  static final int SAME_STORY_MIN_LINKS = 2;
  static final double SAME_STORY_MIN_COVERAGE = 0.15;

  private RelationRule() {}

  /** The relation, or empty when the texts are unrelated. */
  public static Optional<Relation> of(Alignment alignment) {
    double coverage = alignment.coverage();
    if (coverage >= SAME_TEXT_COVERAGE && alignment.originalCoverage() >= SAME_TEXT_ORIGINAL_COVERAGE) {
      return Optional.of(alignment.verbatimShare() >= COPY_VERBATIM_SHARE ? Relation.COPY : Relation.ROUND_TRIP);
    }
    if (alignment.links().size() >= SAME_STORY_MIN_LINKS && coverage >= SAME_STORY_MIN_COVERAGE) {
      return Optional.of(Relation.SAME_STORY);
    }
    return Optional.empty();
  }
}
