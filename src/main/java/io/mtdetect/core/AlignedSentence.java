package io.mtdetect.core;

/**
 * The sentence of the original that a sentence was aligned to (output field {@code alignedTo}).
 * When a sentence corresponds to two of the original's (merged) {@code index} is the first and
 * {@code text} holds both.
 */
public record AlignedSentence(int index, String text) {}
