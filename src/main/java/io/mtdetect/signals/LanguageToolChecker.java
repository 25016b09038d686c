package io.mtdetect.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * Runs LanguageTool's analysis and rules on a text and returns the raw matches. Not thread-safe
 * (one {@link JLanguageTool} inside): pool it.
 *
 * <p>Why not {@link JLanguageTool#check(String)}: after the rules, {@code check} filters the matches
 * (overlap cleaning, the English post-filter), and those filters ask every spelling match for its
 * suggestions — a Morfologik edit-distance search that was most of LanguageTool's CPU time in
 * mtdetect's profile (docs/benchmark.md). mtdetect needs which rules fire where, not how to fix the
 * text, so it runs the same analysis and the same rules and skips the filters. Overlapping matches
 * are all kept: each is evidence.
 */
public final class LanguageToolChecker {
  /** One rule match, with offsets into the checked text. */
  public record Match(String ruleId, String categoryId, String message, int from, int to) {}

  private final JLanguageTool lt;
  private final List<Rule> sentenceRules = new ArrayList<>();
  private final List<TextLevelRule> textRules = new ArrayList<>();

  /** Default rules of {@code language} except {@code disabledRuleIds}. */
  public LanguageToolChecker(Language language, Collection<String> disabledRuleIds) {
    this.lt = new JLanguageTool(language);
    lt.disableRules(List.copyOf(disabledRuleIds));
    for (Rule rule : lt.getAllActiveRules()) {
      if (rule instanceof TextLevelRule textRule) {
        textRules.add(textRule);
      } else {
        sentenceRules.add(rule);
      }
    }
  }

  /** Ids of the rules this checker runs (a rule group counts once). */
  public Set<String> activeRuleIds() {
    Set<String> ids = new TreeSet<>();
    sentenceRules.forEach(r -> ids.add(r.getId()));
    textRules.forEach(r -> ids.add(r.getId()));
    return ids;
  }

  public List<Match> check(String text) throws IOException {
    List<AnalyzedSentence> sentences = lt.analyzeText(text);
    List<Match> matches = new ArrayList<>();
    int offset = 0;
    for (AnalyzedSentence sentence : sentences) {
      for (Rule rule : sentenceRules) {
        for (RuleMatch m : rule.match(sentence)) {
          matches.add(match(m, offset));
        }
      }
      offset += sentence.getCorrectedTextLength();
    }
    for (TextLevelRule rule : textRules) {
      for (RuleMatch m : rule.match(sentences)) {
        matches.add(match(m, 0)); // text-level rules report offsets into the whole text
      }
    }
    return matches;
  }

  private static Match match(RuleMatch m, int offset) {
    Rule rule = m.getRule();
    return new Match(rule.getId(), rule.getCategory().getId().toString(), m.getMessage(), m.getFromPos() + offset,
        m.getToPos() + offset);
  }
}
