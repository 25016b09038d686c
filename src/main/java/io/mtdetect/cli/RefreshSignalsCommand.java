package io.mtdetect.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.pipeline.ArtefactRefresh;
import io.mtdetect.signals.SentenceSignal;
import java.io.BufferedReader;
import io.mtdetect.lm.LmRuntime;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refresh-signals", mixinStandardHelpOptions = true,
    description = "Re-run text-only signals (ngram, translationese, articleTranslationese, syntax, imagery, roundtrip, artefacts, lm) on saved results (score --format jsonl) and"
        + " write them with those signals' features replaced: a new or changed signal without a new scoring pass"
        + " through LanguageTool and the language model. Scores and verdicts are left as saved; train-scorer and eval"
        + " rescore.")
final class RefreshSignalsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RESULTS", description = "Saved results (JSON Lines).")
  Path results;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the refreshed results.")
  Path out;

  @Option(names = "--signals", required = true, split = ",", paramLabel = "NAME",
      description = "Signals to re-run: ngram, translationese, articleTranslationese (the translationese model of whole texts), syntax (the word-order model), imagery (literal idioms),"
          + " roundtrip, artefacts, lm (the built-in language model, on --lm-runtime).")
  List<String> signalNames;

  @Option(names = "--lm", paramLabel = "DIR",
      description = "Language model for --signals lm: a directory in the built-in format, e.g. one fold's classifier of a"
          + " cross-fit (default: the built-in models/lm).")
  String lm;

  @Option(names = "--lm-runtime", paramLabel = "R",
      description = "Runtime of the language model for --signals lm: pytorch, onnx, onnx-int8 (default: as score).")
  String lmRuntime;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress line.") boolean quiet;

  private final Console console;

  RefreshSignalsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(results)) {
      return console.usageError("cannot read results file " + results);
    }
    List<SentenceSignal> signals;
    try {
      LmRuntime runtime = LmRuntime.fromOptionNameOrDefault(lmRuntime);
      signals = io.mtdetect.pipeline.TextOnlySignals.byName(signalNames, threads,
          () -> BuiltInModels.requireLanguageModel(lm, runtime, threads));
    } catch (IllegalArgumentException e) {
      return console.usageError(e.getMessage());
    } catch (IOException e) {
      return console.usageError("cannot load language model: " + e.getMessage());
    }
    try {
      ArtefactRefresh refresh = new ArtefactRefresh(signals);
      ObjectMapper json = io.mtdetect.report.Json.mapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      List<String> lines = Files.readAllLines(results);
      Progress progress = new Progress(console.err(), !quiet && System.console() != null, lines.size());
      ExecutorService pool = Executors.newFixedThreadPool(threads, io.mtdetect.core.DaemonThreads.named("refresh"));
      try (Writer w = Files.newBufferedWriter(out)) {
        // In windows of a few hundred records, so the output keeps the input's order without holding it all.
        int window = 64 * threads;
        for (int from = 0; from < lines.size(); from += window) {
          List<Future<String>> done = new ArrayList<>();
          for (int i = from; i < Math.min(lines.size(), from + window); i++) {
            String line = lines.get(i);
            int number = i + 1;
            done.add(pool.submit(() -> {
              if (line.isBlank()) {
                return null;
              }
              ArticleResult result;
              try {
                result = json.readValue(line, ArticleResult.class);
              } catch (IOException e) {
                throw new IllegalArgumentException(results + ":" + number + ": not a mtdetect result record");
              }
              return json.writeValueAsString(refresh.refresh(result));
            }));
          }
          for (Future<String> f : done) {
            String refreshed = f.get();
            if (refreshed != null) {
              w.write(refreshed);
              w.write('\n');
            }
            progress.itemDone();
          }
        }
      } finally {
        pool.shutdownNow();
        progress.clear();
      }
      console.err().printf(Locale.ROOT, "mtdetect: refreshed %s on %d records in %.0f s; wrote %s%n",
          String.join(",", signalNames), lines.size(), progress.elapsedSeconds(), out);
      signals.stream().filter(s -> s instanceof io.mtdetect.signals.RoundTripSignal)
          .forEach(s -> console.err().println("mtdetect: Apertium failed on "
              + ((io.mtdetect.signals.RoundTripSignal) s).failures() + " (those sentences take their article's mean)"));
      return ExitCodes.OK;
    } catch (java.util.concurrent.ExecutionException e) {
      return console.usageError(io.mtdetect.core.Messages.of(e.getCause()));
    } finally {
      signals.forEach(SentenceSignal::close);
    }
  }
}
