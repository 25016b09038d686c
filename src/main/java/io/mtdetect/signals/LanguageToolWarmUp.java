package io.mtdetect.signals;

import java.io.IOException;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import java.util.List;
import org.languagetool.Language;

/**
 * LanguageTool's start-up, in parts that can load at the same time. A checker's rules (thousands of
 * XML pattern rules) and what its first check loads (the disambiguation rules and multi-word lists,
 * the OpenNLP chunker, the speller's dictionaries) are independent, and LanguageTool caches the latter
 * per language or statically, so loading each on its own thread while the rules parse takes them off
 * the critical path of start-up (docs/benchmark.md, issue 22).
 */
public final class LanguageToolWarmUp {
  private static final String SAMPLE = "The council met on Tuesday to discuss the budget.";

  private LanguageToolWarmUp() {}

  /**
   * Loads the tagger and the disambiguator into the caches LanguageTool shares between checkers, and
   * runs the disambiguator once: its multi-word lists load on first use.
   */
  public static void loadDisambiguation(Language language) throws IOException {
    List<String> tokens = language.getWordTokenizer().tokenize(SAMPLE);
    List<AnalyzedTokenReadings> tagged = language.getTagger().tag(tokens);
    AnalyzedTokenReadings[] readings = new AnalyzedTokenReadings[tagged.size() + 1];
    readings[0] = new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0);
    int position = 0;
    for (int i = 0; i < tagged.size(); i++) {
      readings[i + 1] = tagged.get(i);
      readings[i + 1].setStartPos(position);
      position += tokens.get(i).length();
    }
    language.getDisambiguator().disambiguate(new AnalyzedSentence(readings));
  }

  /** Loads the chunker (OpenNLP models) into the language's cache. */
  public static void loadChunker(Language language) {
    language.getChunker();
  }

  /** Compiles the speller's dictionaries (from word lists, on first use; LanguageTool caches them statically). */
  public static void loadSpeller(Language language) throws IOException {
    SpellingCheckRule speller = language.getDefaultSpellingRule();
    if (speller instanceof MorfologikSpellerRule morfologik) {
      morfologik.isMisspelled("council");
    }
  }

  /** Builds the signal's first checker: its rules, thousands of them parsed from XML. */
  public static void buildFirstChecker(LanguageToolSignal signal) {
    signal.prepare();
  }

  /** Runs the signal's checker once, so its lazily loaded parts (the speller's dictionaries) are ready. */
  public static void warm(LanguageToolSignal signal) {
    signal.warmUp(SAMPLE);
  }
}
