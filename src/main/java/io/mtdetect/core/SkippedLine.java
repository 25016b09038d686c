package io.mtdetect.core;

/** A line left out of scoring because it is page furniture or aggregator boilerplate. */
public record SkippedLine(int start, int end, String text, String reason) {}
