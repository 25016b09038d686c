package io.mtdetect.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's American and British spelling dictionaries (morfologik automata from its
 * english-pos-dict artifact), asked directly: is a word English in either spelling, and is it one edit
 * away from a word that is. Morfologik's speller keeps working buffers, so each dictionary's speller is
 * used by one thread at a time.
 */
public final class EnglishSpellers {
  private static final List<String> DICTIONARIES = List.of(
      "/org/languagetool/resource/en/hunspell/en_US.dict", "/org/languagetool/resource/en/hunspell/en_GB.dict");
  /** Edits a near miss may be away from an English word: one is a typo, more is another language. */
  private static final int NEAR_MISS_EDITS = 1;

  private final List<Speller> spellers;

  private EnglishSpellers(List<Speller> spellers) {
    this.spellers = spellers;
  }

  public static EnglishSpellers bundled() {
    try {
      List<Speller> spellers = new java.util.ArrayList<>();
      for (String resource : DICTIONARIES) {
        URL url = EnglishSpellers.class.getResource(resource);
        if (url == null) {
          throw new IllegalStateException(resource + " is missing from the classpath (LanguageTool's english-pos-dict)");
        }
        spellers.add(new Speller(Dictionary.read(url), NEAR_MISS_EDITS));
      }
      return new EnglishSpellers(List.copyOf(spellers));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether either dictionary accepts the word as written. */
  public boolean accepts(String word) {
    for (Speller speller : spellers) {
      synchronized (speller) {
        if (!speller.isMisspelled(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether either dictionary holds a word one edit away (a typo of English, not another language). */
  public boolean hasNearMiss(String word) {
    for (Speller speller : spellers) {
      synchronized (speller) {
        if (!speller.findReplacements(word).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }
}
