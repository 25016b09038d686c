package io.mtdetect.cli;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.BatchRunner;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.StageTimes;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.signals.LanguageToolBaseline;
import io.mtdetect.signals.LanguageToolSignal;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"End-to-end throughput on this machine: articles/s, sentences/s, peak heap, start-up time and",
        "CPU time per stage; then LanguageTool alone (default rules) on the same text, and the ratio."})
final class BenchCommand implements Callable<Integer> {
  static final String CLEAN_NEWS = "../shared/data/clean-news-dev";

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Articles (default: seeds/ and " + CLEAN_NEWS + " when present).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--lm", paramLabel = "DIR|none", description = "Language model (default: the built-in models/lm).")
  String lm;

  @Option(names = "--lm-runtime", paramLabel = "R",
      description = "How the built-in language model runs: onnx-int8, onnx or pytorch (default: as score).")
  String lmRuntime;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--roundtrip", description = "Include the Apertium round-trip signal (its processes' CPU time is"
      + " charged to its stage).")
  boolean roundTrip;

  @Option(names = "--no-baseline", description = "Skip the LanguageTool-alone run.")
  boolean noBaseline;

  @Option(names = "--lt-rules", paramLabel = "N",
      description = "Also profile LanguageTool rule by rule (one thread) and list the N slowest rules.")
  int ltRules;

  private final Console console;

  BenchCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    double mainStart = StartupTimes.sinceJvmStart();
    if (inputs.isEmpty()) {
      inputs.add("seeds");
      if (Files.isDirectory(Path.of(CLEAN_NEWS))) {
        inputs.add(CLEAN_NEWS);
      }
    }
    LmRuntime runtime;
    try {
      runtime = LmRuntime.fromOptionNameOrDefault(lmRuntime);
    } catch (IllegalArgumentException e) {
      return console.usageError(e.getMessage());
    }
    StartupTimes startup = new StartupTimes();
    ModelLoading.Loaded loaded;
    ScorerModel scorer = startup.time("scorer", ScorerModel::bundled);
    try {
      loaded = ModelLoading.load(lm, runtime, threads, startup); // start-up as `score` has it
    } catch (IOException e) {
      return console.usageError("cannot load language model: " + e.getMessage());
    }
    LanguageModel languageModel = loaded.languageModel();
    List<InputItem> items = InputReader.readAll(inputs, InputLimits.DEFAULT);
    List<InputItem> warmUp = InputReader.readAll(List.of("seeds"), InputLimits.DEFAULT);
    StageTimes times = new StageTimes();
    PrintRow out = new PrintRow(console);
    String noRoundTrip = roundTrip ? DefaultPipeline.roundTripUnavailable() : null;
    if (noRoundTrip != null) {
      console.err().println("mtdetect: " + noRoundTrip + ": measuring without the round-trip signal");
    }
    try (ArticleAnalyzer analyzer = DefaultPipeline.create(scorer, threads, languageModel, times, roundTrip,
        loaded.languageTool())) {
      double ready = StartupTimes.sinceJvmStart();
      BatchRunner runner = new BatchRunner(analyzer, threads);
      runner.run(warmUp.subList(0, 1).iterator(), r -> { });
      double firstArticle = StartupTimes.sinceJvmStart();
      runner.run(warmUp.iterator(), r -> { }); // JIT and every pooled instance warmed before timing
      List<String> texts = noBaseline && ltRules == 0 ? List.of() : checkedTexts(items);
      LanguageToolBaseline baseline = new LanguageToolBaseline(Languages.getLanguageForShortCode(DefaultPipeline.LANGUAGE));
      if (!noBaseline) {
        // One untimed pass of LanguageTool alone first: otherwise the timed run of the two that comes second
        // finds LanguageTool's code compiled by the first (on 308 articles the ratio read 0.80x that way).
        baseline.checkAll(texts, threads);
      }
      times.reset();
      java.util.Map<String, Double> externalBefore = externalCpu(analyzer);
      resetPeakHeap();
      AtomicInteger sentences = new AtomicInteger();
      AtomicInteger articles = new AtomicInteger();
      long start = System.nanoTime();
      runner.run(items.iterator(), r -> {
        if (!r.isError()) {
          articles.incrementAndGet();
          sentences.addAndGet(r.sentences().size());
        }
      });
      double wall = (System.nanoTime() - start) / 1e9;
      externalCpu(analyzer).forEach((stage, seconds) -> times.addExternal(stage, seconds - externalBefore.get(stage)));
      double sentencesPerSecond = sentences.get() / wall;
      out.line("mtdetect bench: %d threads, %d cores, language model: %s", threads,
          Runtime.getRuntime().availableProcessors(), languageModel == null ? "none" : languageModel.name());
      out.line("inputs: %s: %d articles, %d sentences", String.join(" ", inputs), articles.get(), sentences.get());
      out.line("start-up: models loaded %.1f s after JVM start; first article (a seed, cold) scored at %.1f s", ready,
          firstArticle);
      out.line("start-up by component (wall time; parts on different threads overlap):");
      out.line("  %-32s %6s %6s  %s", "component", "from", "took", "thread");
      out.line("  %-32s %6.2f %6.2f  %s", "JVM start to command", 0.0, mainStart, "main");
      for (StartupTimes.Component c : startup.components()) {
        out.line("  %-32s %6.2f %6.2f  %s", c.name(), c.startSeconds(), c.seconds(), c.thread());
      }
      out.line("end-to-end: %.2f articles/s, %.1f sentences/s (%.1f s wall), peak heap %.0f MB", articles.get() / wall,
          sentencesPerSecond, wall, peakHeapMb());
      Map<String, Double> stages = times.seconds();
      double cpu = stages.values().stream().mapToDouble(Double::doubleValue).sum();
      out.line("CPU time by stage (all threads, %.1f s):", cpu);
      // A stage that never ran (the round trip without --roundtrip) is left out rather than shown as 0.
      stages.entrySet().stream().filter(e -> e.getValue() > 0
              || !(e.getKey().equals(StageTimes.ROUND_TRIP) || e.getKey().equals(StageTimes.LEXICAL_MODEL)))
          .forEach(e -> out.line("  %-15s %7.1f s  %5.1f%%", e.getKey(), e.getValue(), 100 * e.getValue() / cpu));
      if (!noBaseline || ltRules > 0) {
        if (!noBaseline) {
          double ltWall = baseline.checkAll(texts, threads);
          double ltRate = sentences.get() / ltWall;
          out.line("LanguageTool alone (default %s rules, same paragraphs, %d threads): %.1f sentences/s (%.1f s wall)",
              DefaultPipeline.LANGUAGE, threads, ltRate, ltWall);
          out.line("ratio, mtdetect end-to-end / LanguageTool alone: %.2fx", sentencesPerSecond / ltRate);
        }
        if (ltRules > 0) {
          profileRules(texts, out);
        }
      }
    }
    return ExitCodes.OK;
  }

  /** CPU seconds used so far outside the JVM by each stage's signals (Apertium's processes). */
  private static java.util.Map<String, Double> externalCpu(ArticleAnalyzer analyzer) {
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    for (io.mtdetect.signals.SentenceSignal signal : analyzer.signals()) {
      out.merge(StageTimes.stageOf(signal.name()), signal.externalCpuSeconds(), Double::sum);
    }
    return out;
  }

  private void profileRules(List<String> texts, PrintRow out) throws Exception {
    LanguageToolBaseline.Profile p = new LanguageToolBaseline(Languages.getLanguageForShortCode(DefaultPipeline.LANGUAGE))
        .profile(texts);
    out.line("LanguageTool profile, one thread: analysis %.1f s, rules %.1f s (%d rules)", p.analysisSeconds(),
        p.totalRuleSeconds(), p.ruleSeconds().size());
    for (Map.Entry<String, Double> e : p.byCategory()) {
      out.line("  category %-36s %6.2f s", e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Double> e : p.slowest(ltRules)) {
      out.line("  %-45s %6.2f s  %6d matches  %s", e.getKey(), e.getValue(), p.ruleMatches().get(e.getKey()),
          p.ruleCategories().get(e.getKey()));
    }
  }

  private static List<String> checkedTexts(List<InputItem> items) {
    Segmenter segmenter = DefaultPipeline.segmenter();
    List<String> texts = new ArrayList<>();
    for (InputItem item : items) {
      if (item instanceof InputItem.Readable readable) {
        SegmentedArticle article = segmenter.segment(readable.article());
        texts.addAll(LanguageToolSignal.checkedTexts(article));
      }
    }
    return texts;
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
  private static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1e6;
  }

  /** Lines on stdout, formatted with the root locale. */
  private record PrintRow(Console console) {
    void line(String format, Object... args) {
      console.out().printf(Locale.ROOT, format + "%n", args);
      console.out().flush();
    }
  }
}
