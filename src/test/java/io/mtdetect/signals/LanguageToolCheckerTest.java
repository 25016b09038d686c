package io.mtdetect.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

class LanguageToolCheckerTest {
  private static final Language ENGLISH = Languages.getLanguageForShortCode("en-US");

  @Test
  void matchesPointIntoTheWholeTextAcrossSentences() throws Exception {
    String text = "The council met on Tuesday. He go to the market every days. This are a problem.";
    List<LanguageToolChecker.Match> matches = new LanguageToolChecker(ENGLISH, List.of()).check(text);
    assertFalse(matches.isEmpty());
    for (LanguageToolChecker.Match m : matches) {
      assertTrue(m.from() >= 0 && m.to() <= text.length() && m.from() < m.to(), m.toString());
    }
    // Same rules and places as LanguageTool's own check, whose filters only drop or merge matches.
    List<RuleMatch> reference = new JLanguageTool(ENGLISH).check(text);
    for (RuleMatch r : reference) {
      assertTrue(matches.stream().anyMatch(m -> m.ruleId().equals(r.getRule().getId()) && m.from() == r.getFromPos()
          && m.to() == r.getToPos()), "missing " + r.getRule().getId() + " at " + r.getFromPos() + " in " + matches);
    }
    assertTrue(matches.stream().anyMatch(m -> text.substring(m.from(), m.to()).contains("This are")
        || text.substring(m.from(), m.to()).equals("are")), matches.toString());
  }

  @Test
  void bundledRuleSelectionSwitchesRulesOff() throws Exception {
    List<String> disabled = RuleSelection.bundledDisabledRules();
    assertTrue(disabled.contains("METRIC_UNITS_EN_US"), "the slowest rule without signal");
    assertFalse(disabled.contains("MORFOLOGIK_RULE_EN_US"), "spelling carries signal and stays on");
    LanguageToolChecker all = new LanguageToolChecker(ENGLISH, List.of());
    LanguageToolChecker selected = new LanguageToolChecker(ENGLISH, disabled);
    Set<String> off = new TreeSet<>(all.activeRuleIds());
    off.removeAll(selected.activeRuleIds());
    Set<String> listed = new TreeSet<>(disabled);
    listed.retainAll(all.activeRuleIds()); // a match can carry a sub-rule's id that is not a rule of its own
    assertEquals(listed, off); // exactly the listed rules go, no other
    assertTrue(listed.size() >= disabled.size() - 5, "the list names rules LanguageTool has");
    String quotes = "He said \"yes\" and left.";
    assertTrue(all.check(quotes).stream().anyMatch(m -> m.ruleId().equals("EN_QUOTES")));
    assertFalse(selected.check(quotes).stream().anyMatch(m -> m.ruleId().equals("EN_QUOTES")));
  }
}
