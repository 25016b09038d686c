package io.mtdetect.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one or more signals found in one sentence: named numeric features and evidence spans.
 * Mutable while signals write into it, then read by the scorer; not shared between threads.
 */
public final class SentenceFindings {
  private final Map<String, Double> features = new LinkedHashMap<>();
  private final List<Evidence> evidence = new ArrayList<>();

  public void add(String feature, double value) {
    features.merge(feature, value, Double::sum);
  }

  public void set(String feature, double value) {
    features.put(feature, value);
  }

  public void addEvidence(Evidence item) {
    evidence.add(item);
  }

  public double feature(String name) {
    return features.getOrDefault(name, 0.0);
  }

  public Map<String, Double> features() {
    return Collections.unmodifiableMap(features);
  }

  public List<Evidence> evidence() {
    return Collections.unmodifiableList(evidence);
  }

  /** One empty findings object per sentence, the shape every signal returns. */
  public static List<SentenceFindings> forSentences(int count) {
    List<SentenceFindings> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(new SentenceFindings());
    }
    return list;
  }
}
