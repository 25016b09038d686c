package io.mtdetect.cli;

import io.mtdetect.core.DaemonThreads;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.signals.LanguageToolSignal;
import io.mtdetect.signals.LanguageToolWarmUp;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Start-up of the scoring commands: LanguageTool's rules, its disambiguation, chunker and speller,
 * and the language model load at the same time, each part timed ({@link StartupTimes}, printed by {@code bench}).
 * The LanguageTool pass comes back with its first checker built and run once, so the first article
 * pays for nothing that loading could have done.
 */
final class ModelLoading {
  /** What loading produced: the language model may be null (none asked for, or none in this checkout). */
  record Loaded(LanguageModel languageModel, LanguageToolSignal languageTool) {}

  private ModelLoading() {}

  static Loaded load(String lmOption, LmRuntime runtime, int threads, StartupTimes times) throws IOException {
    Language english = Languages.getLanguageForShortCode(DefaultPipeline.LANGUAGE);
    // Five parts on two cores, three load threads and this one: with the analysis parts in one task on a
    // second load thread, models loaded at 4.8-5.9 s instead of 3.9-4.1 s (bench --no-baseline seeds on the
    // quick compiler, four runs each).
    ExecutorService pool = Executors.newFixedThreadPool(3, DaemonThreads.named("mtdetect-load"));
    try {
      Future<LanguageToolSignal> rules = pool.submit(times.timed("LanguageTool rules", () -> {
        LanguageToolSignal signal = DefaultPipeline.languageToolSignal(threads);
        LanguageToolWarmUp.buildFirstChecker(signal);
        return signal;
      }));
      List<Future<Void>> analysis = List.of(
          pool.submit(times.timed("LanguageTool disambiguation", () -> {
            LanguageToolWarmUp.loadDisambiguation(english);
            return null;
          })),
          pool.submit(times.timed("LanguageTool chunker", () -> {
            LanguageToolWarmUp.loadChunker(english);
            return null;
          })),
          pool.submit(times.timed("LanguageTool speller", () -> {
            LanguageToolWarmUp.loadSpeller(english);
            return null;
          })));
      LanguageModel model = times.time("language model", () -> {
        LanguageModel m = BuiltInModels.languageModel(lmOption, runtime, threads);
        if (m != null) {
          m.score("", "The first forward pass sets the native engine up.");
        }
        return m;
      });
      try {
        for (Future<Void> part : analysis) {
          part.get();
        }
        LanguageToolSignal languageTool = rules.get();
        times.time("LanguageTool first check", () -> {
          LanguageToolWarmUp.warm(languageTool);
          return null;
        });
        return new Loaded(model, languageTool);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while loading LanguageTool", e);
      } catch (ExecutionException e) {
        if (model != null) {
          model.close();
        }
        throw new IllegalStateException("LanguageTool failed to load: " + e.getCause(), e.getCause());
      }
    } finally {
      pool.shutdown();
    }
  }
}
