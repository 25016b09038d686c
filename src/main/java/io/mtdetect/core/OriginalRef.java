package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The indexed original an article was matched to (output field {@code original}).
 *
 * @param similarity mean similarity of the aligned sentence pairs, 0–1 (1 = the same words)
 * @param coverage   share of the article's sentences aligned to a sentence of the original
 */
@JsonPropertyOrder({"id", "url", "title", "similarity", "coverage", "relation"})
public record OriginalRef(String id, String url, String title, double similarity, double coverage, Relation relation) {}
