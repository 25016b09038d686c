package io.mtdetect.score.fit;

import io.mtdetect.score.ArticleScorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features a fit may use: all but those an ablation drops ({@code --drop-features}), the evidence
 * channel's weighted kinds (the channel weighs them, so the statistical models must not count them a
 * second time) and reported-only baselines. An article feature goes with the sentence feature it
 * aggregates.
 */
public record FeatureSelection(Pattern dropped, Set<String> channelKinds) {
  /** The prefix of features that are reported beside the scorer (a baseline's probability), never fitted on. */
  public static final String BASELINE_PREFIX = "baseline.";

  public FeatureSelection {
    channelKinds = Set.copyOf(channelKinds);
  }

  public boolean keeps(String feature) {
    String signal = ArticleScorer.signalOf(feature) == null ? feature : ArticleScorer.signalOf(feature);
    return (dropped == null || !dropped.matcher(signal).find()) && !channelKinds.contains(signal)
        && !signal.startsWith(BASELINE_PREFIX);
  }

  /** This selection, dropping also the features whose signals match {@code more}. */
  public FeatureSelection alsoDropping(Pattern more) {
    return new FeatureSelection(dropped == null ? more
        : Pattern.compile("(?:" + dropped.pattern() + ")|(?:" + more.pattern() + ")"), channelKinds);
  }

  public Map<String, Double> kept(Map<String, Double> features) {
    Map<String, Double> out = new LinkedHashMap<>();
    features.forEach((name, value) -> {
      if (keeps(name)) {
        out.put(name, value);
      }
    });
    return out;
  }
}
