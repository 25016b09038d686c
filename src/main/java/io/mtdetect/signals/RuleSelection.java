package io.mtdetect.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LanguageTool rules mtdetect switches off: those that showed no signal for round-trip
 * detection on the training data ({@code models/lt-disabled-rules.txt}, written by
 * {@code scripts/lt-rule-signal}; the selection and its measured effect are in docs/benchmark.md).
 * The file ships inside the jar, like the scorer fitted with it.
 */
public final class RuleSelection {
  public static final String BUNDLED_RESOURCE = "/models/lt-disabled-rules.txt";
  public static final String WEIGHTS_RESOURCE = "/models/lt-rule-weights.tsv";

  private RuleSelection() {}

  public static List<String> bundledDisabledRules() {
    return List.copyOf(BundledLines.of(BUNDLED_RESOURCE));
  }

  /**
   * Rule id → log-odds of the rule firing in a machine-translated rather than an original sentence
   * ({@code models/lt-rule-weights.tsv}, training split only, written by {@code scripts/lt-rule-signal
   * --weights}): what one match of that rule says, for the {@code lt.ruleEvidence} feature.
   */
  public static Map<String, Double> bundledRuleWeights() {
    Map<String, Double> weights = new HashMap<>();
    for (String line : BundledLines.of(WEIGHTS_RESOURCE)) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException(WEIGHTS_RESOURCE + ": expected rule<TAB>weight, got \"" + line + "\"");
      }
      weights.put(parts[0], Double.parseDouble(parts[1]));
    }
    return Map.copyOf(weights);
  }

}
