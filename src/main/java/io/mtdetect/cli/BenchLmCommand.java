package io.mtdetect.cli;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.lm.ScoreDifference;
import io.mtdetect.lm.TokenScores;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.segment.Segmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-lm", mixinStandardHelpOptions = true,
    description = {"Language-model scoring throughput on this machine: tokens/s and sentences/s, one by one and batched,",
        "for each runtime asked for, on the same sentences; and how far each runtime's scores are from the first's."})
final class BenchLmCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to score (default: seeds/).")
  List<String> inputs = List.of("seeds");

  @Option(names = "--lm", paramLabel = "DIR|hf:NAME") String lm;

  @Option(names = "--lm-runtime", split = ",", paramLabel = "R",
      description = "Runtimes of the built-in model to compare: pytorch, onnx, onnx-int8 (default: all three).")
  List<String> runtimes = List.of("pytorch", "onnx", "onnx-int8");

  @Option(names = "--rounds", description = "Timed rounds after one warm-up (default: ${DEFAULT-VALUE}).") int rounds = 3;

  private final Console console;

  BenchLmCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    List<LanguageModel.Request> requests = new ArrayList<>();
    Segmenter segmenter = DefaultPipeline.segmenter();
    for (InputItem item : InputReader.readAll(inputs, InputLimits.DEFAULT)) {
      if (item instanceof InputItem.Readable readable) {
        SegmentedArticle article = segmenter.segment(readable.article());
        for (Sentence s : article.sentences()) {
          requests.add(new LanguageModel.Request("", s.text()));
        }
      }
    }
    if (requests.isEmpty()) {
      return console.usageError("no sentences to score in " + inputs);
    }
    console.out().printf(Locale.ROOT, "sentences: %d, cores: %d%n", requests.size(), Runtime.getRuntime().availableProcessors());
    List<TokenScores> reference = null;
    for (String name : runtimes) {
      LmRuntime runtime;
      try {
        runtime = LmRuntime.fromOptionName(name);
      } catch (IllegalArgumentException e) {
        return console.usageError(e.getMessage());
      }
      LanguageModel model;
      long loadStart = System.nanoTime();
      try {
        model = BuiltInModels.requireLanguageModel(lm, runtime, 1);
      } catch (IOException e) {
        return console.usageError("cannot load language model: " + e.getMessage());
      }
      try (model) {
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        console.out().printf(Locale.ROOT, "model: %s (loaded in %.2f s)%n", model.name(), loadSeconds);
        for (boolean batched : new boolean[] {false, true}) {
          run(model, requests, batched); // warm-up
          long tokens = 0;
          long start = System.nanoTime();
          for (int r = 0; r < rounds; r++) {
            tokens += run(model, requests, batched);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          console.out().printf(Locale.ROOT, "  %-10s %10.0f tokens/s %10.1f sentences/s%n", batched ? "batched" : "one-by-one",
              tokens / seconds, rounds * requests.size() / seconds);
        }
        List<TokenScores> scores = model.scoreAll(requests);
        if (reference == null) {
          reference = scores;
        } else {
          console.out().printf(Locale.ROOT, "  vs %s: %s%n", runtimes.get(0), ScoreDifference.between(reference, scores));
        }
      }
    }
    return ExitCodes.OK;
  }

  private static long run(LanguageModel model, List<LanguageModel.Request> requests, boolean batched) {
    long tokens = 0;
    if (batched) {
      for (TokenScores s : model.scoreAll(requests)) {
        tokens += s.size();
      }
    } else {
      for (LanguageModel.Request r : requests) {
        tokens += model.score(r.context(), r.text()).size();
      }
    }
    return tokens;
  }
}
