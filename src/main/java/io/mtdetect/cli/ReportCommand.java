package io.mtdetect.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Verdict;
import io.mtdetect.report.Formats;
import io.mtdetect.report.OutputFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Render results that `score --format jsonl` wrote in another format (csv, html, table, …)",
        "without scoring again, and print a one-line summary on stderr."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "JSON Lines written by `mtdetect score --format jsonl`.")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Formats format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
  boolean quiet;

  private final Console console;
  private ObjectMapper json; // built in call(): every command is constructed at start-up

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    json = io.mtdetect.report.Json.mapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    int errors = 0;
    int badLines = 0;
    try (Writer writer = console.openOutput(out)) {
      OutputFormat output = format.open(writer);
      for (Path input : inputs) {
        if (!Files.isRegularFile(input)) {
          console.itemError(input.toString(), "no such file");
          badLines++;
          continue;
        }
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
          int number = 0;
          for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
              continue;
            }
            ArticleResult result;
            try {
              result = json.readValue(line, ArticleResult.class);
            } catch (IOException e) {
              console.itemError(input + ":" + number, "not a mtdetect result record");
              badLines++;
              continue;
            }
            if (result.id() == null || (!result.isError() && (result.mtProbability() == null || result.verdict() == null
                || result.sentences() == null))) {
              console.itemError(input + ":" + number, "not a mtdetect result record (id, mtProbability, verdict, sentences)");
              badLines++;
              continue;
            }
            if (result.isError()) {
              errors++;
            } else {
              verdicts.merge(result.verdict(), 1, Integer::sum);
            }
            output.write(result);
          }
        }
      }
      output.finish();
    }
    int articles = verdicts.values().stream().mapToInt(Integer::intValue).sum();
    if (!quiet) {
      console.err().printf(Locale.ROOT, "mtdetect: %d article%s: %d machine-translated, %d suspect, %d clean; %d not scored%s%n",
          articles, articles == 1 ? "" : "s", verdicts.getOrDefault(Verdict.MACHINE_TRANSLATED, 0),
          verdicts.getOrDefault(Verdict.SUSPECT, 0), verdicts.getOrDefault(Verdict.CLEAN, 0), errors,
          badLines > 0 ? "; " + badLines + " unreadable line(s)" : "");
    }
    return ExitCodes.of(articles + errors, badLines);
  }
}
