package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One post of a forum thread scored on its own, as a text of its length (docs/output.md {@code posts}).
 *
 * @param post          the post's place among the page's post bodies, from 0
 * @param firstSentence the index of its first sentence in the record's {@code sentences}
 * @param lastSentence  the index of its last
 */
@JsonPropertyOrder({"post", "firstSentence", "lastSentence", "mtProbability", "quality", "verdict"})
public record PostResult(int post, int firstSentence, int lastSentence, double mtProbability, int quality, Verdict verdict) {}
