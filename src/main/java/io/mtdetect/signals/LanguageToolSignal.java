package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.PageTypeHabits;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.languagetool.Language;

/**
 * The LanguageTool grammar pass. Each paragraph is checked as a whole (LanguageTool's rules see
 * sentence context that way) and every rule match is attributed to the sentence it starts in.
 * Matches become evidence, and per-category counts become features, normalised to matches per
 * ten words so long sentences are not penalised for their length.
 */
public final class LanguageToolSignal implements SentenceSignal {
  /** Short sentences count as this many words, so one match in a 3-word stub is not worth 3. */
  private static final int MIN_WORDS_FOR_NORMALISATION = 10;

  /** LanguageTool category ids folded into the families the scorer weighs. */
  private static final Map<String, String> CATEGORY_GROUPS =
      Map.ofEntries(
          Map.entry("GRAMMAR", "grammar"),
          Map.entry("CONFUSED_WORDS", "grammar"),
          Map.entry("COLLOCATIONS", "grammar"),
          Map.entry("COMPOUNDING", "grammar"),
          Map.entry("SEMANTICS", "grammar"),
          Map.entry("NONSTANDARD_PHRASES", "grammar"),
          Map.entry("PUNCTUATION", "punctuation"),
          Map.entry("TYPOGRAPHY", "punctuation"),
          Map.entry("CASING", "capitalization"),
          Map.entry("TYPOS", "spelling"),
          Map.entry("STYLE", "style"),
          Map.entry("REDUNDANCY", "style"),
          Map.entry("PLAIN_ENGLISH", "style"),
          Map.entry("WIKIPEDIA", "style"),
          Map.entry("REPETITIONS", "style"),
          Map.entry("REPETITIONS_STYLE", "style"),
          Map.entry("GENDER_NEUTRALITY", "style"));

  /** Rules that only say a sentence or "i" starts in lower case: a habit on some kinds of page ({@link PageTypeHabits}). */
  static final java.util.Set<String> LOWER_CASE_BY_HABIT_RULES = java.util.Set.of("UPPERCASE_SENTENCE_START", "I_LOWERCASE");

  public static final List<String> GROUPS =
      List.of("grammar", "punctuation", "capitalization", "spelling", "style", "other");

  /** Sum of the rule weights of a sentence's matches, per ten words. */
  public static final String RULE_EVIDENCE = "lt.ruleEvidence";

  private final LanguageToolPool pool;
  private final Map<String, Double> ruleWeights;

  public LanguageToolSignal(LanguageToolPool pool) {
    this(pool, Map.of());
  }

  /** @param ruleWeights rule id → what one match says (log-odds); rules not listed count 0 */
  public LanguageToolSignal(LanguageToolPool pool, Map<String, Double> ruleWeights) {
    this.pool = pool;
    this.ruleWeights = Map.copyOf(ruleWeights);
  }

  /** A pool of checkers with {@code language}'s default rules, one per worker thread. */
  public static LanguageToolSignal withDefaultRules(Language language, int threads) {
    return withRules(language, List.of(), threads);
  }

  /** A pool of checkers with {@code language}'s default rules except {@code disabledRuleIds}. */
  public static LanguageToolSignal withRules(Language language, Collection<String> disabledRuleIds, int threads) {
    return withRules(language, disabledRuleIds, Map.of(), threads);
  }

  /** As {@link #withRules(Language, Collection, int)}, with per-rule weights for {@link #RULE_EVIDENCE}. */
  public static LanguageToolSignal withRules(Language language, Collection<String> disabledRuleIds,
      Map<String, Double> ruleWeights, int threads) {
    return new LanguageToolSignal(new LanguageToolPool(threads, () -> new LanguageToolChecker(language, disabledRuleIds)),
        ruleWeights);
  }

  @Override
  public String name() {
    return "lt";
  }

  @Override
  public List<String> features() {
    List<String> features = new java.util.ArrayList<>(GROUPS.stream().map(g -> name() + "." + g).toList());
    features.add(RULE_EVIDENCE);
    return features;
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<Sentence> sentences = article.sentences();
    int[][] counts = new int[sentences.size()][GROUPS.size()];
    double[] evidence = new double[sentences.size()];
    PageMarkup markup = article.article().markup();
    boolean lowerCaseStarts = PageTypeHabits.startsInLowerCase(article.article().pageType());
    for (Paragraphs.Paragraph paragraph : Paragraphs.of(article)) {
      for (LanguageToolChecker.Match match : check(paragraph.text())) {
        if (markup.allIdentifiers(paragraph.text().substring(match.from(), match.to()))) {
          continue; // "onopen", "hostname:": a name the page itself sets in code, not a misspelling
        }
        if (lowerCaseStarts && LOWER_CASE_BY_HABIT_RULES.contains(match.ruleId())
            || isFileExtension(match, paragraph.text())) {
          continue;
        }
        int from = paragraph.start() + match.from();
        int to = paragraph.start() + match.to();
        int sentence = paragraph.sentenceAt(from).index();
        String group = CATEGORY_GROUPS.getOrDefault(match.categoryId(), "other");
        counts[sentence][GROUPS.indexOf(group)]++;
        evidence[sentence] += ruleWeights.getOrDefault(match.ruleId(), 0.0);
        findings.get(sentence).addEvidence(new Evidence(name(), match.ruleId(), group + ": " + plain(match.message()), from, to));
      }
    }
    for (Sentence sentence : sentences) {
      double words = Math.max(sentence.wordCount(), MIN_WORDS_FOR_NORMALISATION);
      SentenceFindings f = findings.get(sentence.index());
      for (int g = 0; g < GROUPS.size(); g++) {
        f.set(name() + "." + GROUPS.get(g), counts[sentence.index()][g] * 10.0 / words);
      }
      f.set(RULE_EVIDENCE, evidence[sentence.index()] * 10.0 / words);
    }
  }

  /**
   * A space before a full stop that is the dot of a file extension or a dotfile (" .service", " .vimrc"): the
   * dot is followed by a letter, where a full stop misplaced by a translation is followed by a space or the end.
   */
  static boolean isFileExtension(LanguageToolChecker.Match match, String text) {
    return match.ruleId().equals("COMMA_PARENTHESIS_WHITESPACE") && match.to() < text.length()
        && text.charAt(match.to() - 1) == '.' && Character.isLetter(text.charAt(match.to()));
  }

  /** The texts this signal hands LanguageTool for an article: its paragraphs (for baselines that check the same). */
  public static List<String> checkedTexts(SegmentedArticle article) {
    return Paragraphs.of(article).stream().map(Paragraphs.Paragraph::text).toList();
  }

  /** Builds the pool's first checker now (LanguageTool's rules: most of its start-up) instead of at the first article. */
  void prepare() {
    pool.prefill();
  }

  /** Checks {@code text}, loading what a first check loads (the speller's dictionaries, the rules' caches). */
  void warmUp(String text) {
    check(text);
  }

  private List<LanguageToolChecker.Match> check(String paragraph) {
    try {
      return pool.withInstance(checker -> checker.check(paragraph));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for LanguageTool", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("LanguageTool failed: " + e.getMessage(), e);
    }
  }

  /** LanguageTool messages carry markup such as {@code <suggestion>}; users see plain text. */
  private static String plain(String message) {
    return message.replaceAll("</?suggestion>", "\"");
  }

  @Override
  public void close() {
    pool.close();
  }
}
