package io.mtdetect.core;

/**
 * Why a signal finds a sentence suspicious, pointing at a span of the article text.
 *
 * @param kind    the signal family, e.g. {@code languagetool}, {@code name-variant}
 * @param rule    a stable rule identifier within that family
 * @param message a human-readable explanation
 * @param start   offset into the article text (inclusive)
 * @param end     offset into the article text (exclusive)
 */
public record Evidence(String kind, String rule, String message, int start, int end) {}
