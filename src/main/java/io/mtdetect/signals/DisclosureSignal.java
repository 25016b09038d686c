package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that says outright the page was machine translated or aggregated automatically, as
 * aggregators' footers often do ("we … translate it through programmatic technology",
 * "an automatic aggregator of the all world's media").
 */
public final class DisclosureSignal implements SentenceSignal {
  public static final String DISCLOSURE = "disclosure";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MACHINE =
      "(?:programmatic|automatic|automated|machine|software|computer|ai|artificial intelligence|algorithm\\w*|technolog\\w*)";

  private record Rule(String id, String message, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("translation-disclosed", "the text says it was translated by software",
              Pattern.compile("\\btranslat\\w*\\b(?:\\W+\\w+){0,8}?\\W+(?:through|by|using|with|via)\\W+(?:\\w+\\W+){0,3}?"
                  + MACHINE + "\\b", FLAGS)),
          new Rule("translation-disclosed", "the text says it was translated by software",
              Pattern.compile("\\b" + MACHINE + "(?:ally)?[- ]translat\\w*", FLAGS)),
          new Rule("aggregation-disclosed", "the text says it was aggregated automatically",
              Pattern.compile("\\b(?:automatic|automated)(?:ally)?\\W+(?:\\w+\\W+){0,2}?(?:aggregat\\w*|collected|published|transmit\\w*|posted)", FLAGS)),
          new Rule("aggregation-disclosed", "the text says it was aggregated automatically",
              Pattern.compile("\\b(?:aggregat\\w*|transmit\\w*|publish\\w*|posted)\\W+(?:\\w+\\W+){0,3}?automatically\\b", FLAGS)),
          new Rule("no-human-editor", "the text says no human editor was involved",
              Pattern.compile("\\bnot\\s+(?:from|by)\\s+(?:a\\s+)?human\\s+editor", FLAGS)));

  @Override
  public String name() {
    return "disclosure";
  }

  @Override
  public List<String> features() {
    return List.of(DISCLOSURE);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence sentence : article.sentences()) {
      SentenceFindings f = findings.get(sentence.index());
      for (Rule rule : RULES) {
        Matcher m = rule.pattern().matcher(sentence.text());
        if (m.find()) {
          f.set(DISCLOSURE, 1);
          f.addEvidence(new Evidence(name(), rule.id(), rule.message(),
              sentence.start() + m.start(), sentence.start() + m.end()));
        }
      }
    }
  }
}
