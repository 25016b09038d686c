package io.mtdetect.cli;

import io.mtdetect.core.DaemonThreads;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.signals.LanguageToolSignal;
import io.mtdetect.signals.LanguageToolWarmUp;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Start-up of the scoring commands: LanguageTool's rules, its analysis models and the language
 * model load at the same time, each part timed ({@link StartupTimes}, printed by {@code bench}).
 * The LanguageTool pass comes back with its first checker built and run once, so the first article
 * pays for nothing that loading could have done.
 */
final class ModelLoading {
  /** What loading produced: the language model may be null (none asked for, or none in this checkout). */
  record Loaded(LanguageModel languageModel, LanguageToolSignal languageTool) {}

  private ModelLoading() {}

  static Loaded load(String lmOption, LmRuntime runtime, int threads, StartupTimes times) throws IOException {
    Language english = Languages.getLanguageForShortCode(DefaultPipeline.LANGUAGE);
    ExecutorService pool = Executors.newFixedThreadPool(2, DaemonThreads.named("mtdetect-load"));
    try {
      Future<Void> analysis = pool.submit(times.timed("LanguageTool analysis models", () -> {
        LanguageToolWarmUp.loadAnalysisModels(english);
        return null;
      }));
      Future<LanguageToolSignal> rules = pool.submit(times.timed("LanguageTool rules", () -> {
        LanguageToolSignal signal = DefaultPipeline.languageToolSignal(threads);
        LanguageToolWarmUp.buildFirstChecker(signal);
        return signal;
      }));
      LanguageModel model = times.time("language model", () -> {
        LanguageModel m = BuiltInModels.languageModel(lmOption, runtime, threads);
        if (m != null) {
          m.score("", "The first forward pass sets the native engine up.");
        }
        return m;
      });
      try {
        analysis.get();
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
