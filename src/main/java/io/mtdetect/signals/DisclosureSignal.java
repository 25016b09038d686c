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
 * "an automatic aggregator of the all world's media"). A translation disclosure must speak of the text
 * itself ("we", "this article", "translate it", or a line that opens "Automatically translated from …"):
 * a sentence about translation software or about technology that "translates into" growth discloses
 * nothing, and one such loose match used to decide a whole article. Aggregation is held to the same: a
 * site that calls itself "an automatic aggregator" discloses, a tool that "publishes posts automatically"
 * does not.
 */
public final class DisclosureSignal implements SentenceSignal {
  public static final String DISCLOSURE = "disclosure";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MACHINE =
      "(?:programmatic|automatic|automated|machine|software|computer|ai|artificial intelligence|algorithm\\w*|technolog\\w*)";
  /** Who translates when a page discloses it: machine translation itself, not technology that "translates into" growth. */
  private static final String TRANSLATOR =
      "(?:machine|auto|automatic(?:ally)?|software|computer|ai|google|deepl|bing|yandex|neural)";
  /**
   * The text speaking of itself: a disclosure says that <em>this</em> text was translated ("we translate
   * it", "this article was machine-translated"), news about translation speaks of something else
   * ("translators are handed AI-translated content", "offers automatic translations of menus").
   */
  // "us" in lower case only: "the US Department" is a country.
  private static final String SELF = "(?:\\bwe\\b|\\bour\\b|(?-i:\\bus\\b)|\\btranslat\\w*\\s+it\\b"
      + "|\\b(?:this|these)\\s+(?:\\w+\\s+)?(?:article|text|story|page|post|content|news|report|item|translation|version|site|website)s?\\b"
      + "|\\bthe\\s+(?:site|website|portal)\\b)";

  private record Rule(String id, String message, Pattern pattern, boolean needsSelfReference) {}

  private static final Pattern SELF_REFERENCE = Pattern.compile(SELF, FLAGS);

  private static final List<Rule> RULES =
      List.of(
          new Rule("translation-disclosed", "the text says it was translated by software",
              Pattern.compile("\\btranslat\\w*\\b(?:\\W+\\w+){0,8}?\\W+(?:through|by|using|with|via)\\W+(?:\\w+\\W+){0,3}?"
                  + MACHINE + "\\b", FLAGS), true),
          new Rule("translation-disclosed", "the text says it was translated by software",
              Pattern.compile("\\b" + TRANSLATOR + "[- ]?translat(?:ed|ion)\\b", FLAGS), true),
          // "Automatically translated from German." heading a text or closing it: the subject is the text.
          new Rule("translation-disclosed", "the text says it was translated by software",
              Pattern.compile("^\\W*(?:\\(\\s*)?" + TRANSLATOR + "[- ]?translated\\s+(?:from|by|into|with|using)\\b", FLAGS),
              false),
          // "X is an automatic aggregator of …": a site describing itself, whatever its name.
          new Rule("aggregation-disclosed", "the text says it was aggregated automatically",
              Pattern.compile("\\b(?:automatic|automated)\\W+(?:(?:news|content|media)\\W+)?aggregator\\b", FLAGS), false),
          // Verbs need the text as their object: tools that "automatically aggregate data sources" or
          // "publish posts automatically" are product news.
          new Rule("aggregation-disclosed", "the text says it was aggregated automatically",
              Pattern.compile("\\b(?:automatic|automated)(?:ally)?\\W+(?:\\w+\\W+){0,2}?(?:aggregat\\w*|collected|published|transmit\\w*|posted)", FLAGS), true),
          new Rule("aggregation-disclosed", "the text says it was aggregated automatically",
              Pattern.compile("\\b(?:aggregat\\w*|transmit\\w*|publish\\w*|posted)\\W+(?:\\w+\\W+){0,3}?automatically\\b", FLAGS), true),
          new Rule("no-human-editor", "the text says no human editor was involved",
              Pattern.compile("\\bnot\\s+(?:from|by)\\s+(?:a\\s+)?human\\s+editor", FLAGS), false));

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
        if (m.find() && (!rule.needsSelfReference() || SELF_REFERENCE.matcher(sentence.text()).find())) {
          f.set(DISCLOSURE, 1);
          f.addEvidence(new Evidence(name(), rule.id(), rule.message(),
              sentence.start() + m.start(), sentence.start() + m.end()));
        }
      }
    }
  }
}
