package io.mtdetect.core;

import java.util.List;
import java.util.Map;

/** A sentence with its machine-translation probability and the findings behind it. */
public record ScoredSentence(
    int index,
    int paragraph,
    int start,
    int end,
    String text,
    double mtProbability,
    Map<String, Double> signals,
    List<Evidence> evidence) {}
