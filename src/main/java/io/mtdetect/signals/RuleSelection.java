package io.mtdetect.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The LanguageTool rules mtdetect switches off: those that showed no signal for round-trip
 * detection on the training data ({@code models/lt-disabled-rules.txt}, written by
 * {@code scripts/lt-rule-signal}; the selection and its measured effect are in docs/benchmark.md).
 * The file ships inside the jar, like the scorer fitted with it.
 */
public final class RuleSelection {
  public static final String BUNDLED_RESOURCE = "/models/lt-disabled-rules.txt";

  private RuleSelection() {}

  public static List<String> bundledDisabledRules() {
    try (InputStream in = RuleSelection.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath (a broken build?)");
      }
      List<String> rules = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        String rule = line.strip();
        if (!rule.isEmpty() && !rule.startsWith("#")) {
          rules.add(rule);
        }
      }
      return List.copyOf(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
