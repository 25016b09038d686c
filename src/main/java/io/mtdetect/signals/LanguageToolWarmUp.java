package io.mtdetect.signals;

import java.util.concurrent.CompletableFuture;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * Loads LanguageTool's rules and analysis models (tagger, chunker, disambiguator: most of
 * mtdetect's start-up, docs/benchmark.md) on a background thread, so the caller can load other
 * models meanwhile. LanguageTool caches what it loads per language, so the instances created afterwards are cheap.
 */
public final class LanguageToolWarmUp {
  private LanguageToolWarmUp() {}

  /** Starts warming {@code language} up; join the future before creating checkers, so nothing loads twice. */
  public static CompletableFuture<Void> begin(Language language) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        new JLanguageTool(language).check("The council met on Tuesday to discuss the budget.");
        done.complete(null);
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    }, "mtdetect-languagetool-warm-up");
    thread.setDaemon(true);
    thread.start();
    return done;
  }
}
