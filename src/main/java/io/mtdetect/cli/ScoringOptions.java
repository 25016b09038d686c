package io.mtdetect.cli;

import io.mtdetect.report.Formats;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every batch scoring command shares (score, screen): the models, and where and how to write. */
final class ScoringOptions {
  @Mixin ModelOptions models = new ModelOptions();

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Formats format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results to FILE instead of stdout.")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (errors are still printed).")
  boolean quiet;
}
