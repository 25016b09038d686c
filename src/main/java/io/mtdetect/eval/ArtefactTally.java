package io.mtdetect.eval;

import io.mtdetect.core.SentenceFindings;
import io.mtdetect.score.ArtefactRates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how often each artefact kind fires in one set of articles: occurrences, articles with at
 * least one, and the articles and sentences they came from. Not thread-safe: one tally per set, fed
 * from one thread.
 */
public final class ArtefactTally {
  private final String name;
  private final String side;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, Long> articlesWith = new LinkedHashMap<>();
  private long articles;
  private long sentences;

  /** @param side {@link ArtefactRates#ORIGINAL}, {@link ArtefactRates#HUMAN} or {@link ArtefactRates#MACHINE} */
  public ArtefactTally(String name, String side, List<String> kinds) {
    this.name = name;
    this.side = side;
    for (String kind : kinds) {
      counts.put(kind, 0L);
      articlesWith.put(kind, 0L);
    }
  }

  /** Adds one article: its sentences' findings, of which only the counted kinds are read. */
  public void add(List<SentenceFindings> findings) {
    articles++;
    sentences += findings.size();
    for (String kind : counts.keySet()) {
      long n = 0;
      for (SentenceFindings f : findings) {
        n += Math.round(f.feature(kind));
      }
      counts.merge(kind, n, Long::sum);
      if (n > 0) {
        articlesWith.merge(kind, 1L, Long::sum);
      }
    }
  }

  public ArtefactRates.Set snapshot() {
    return new ArtefactRates.Set(name, side, articles, sentences, Map.copyOf(counts), Map.copyOf(articlesWith), null);
  }

  /** One Markdown table: a row per set, one column per kind: "per 1,000 sentences / % of articles". */
  public static String markdown(List<ArtefactRates.Set> sets, List<String> kinds, Map<String, String> labels) {
    StringBuilder md = new StringBuilder("| set | side | articles | sentences |");
    StringBuilder rule = new StringBuilder("|---|---|---:|---:|");
    for (String kind : kinds) {
      md.append(' ').append(labels.getOrDefault(kind, kind)).append(" |");
      rule.append("---:|");
    }
    md.append('\n').append(rule).append('\n');
    for (ArtefactRates.Set s : sets) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d |", s.name(), s.side(), s.articles(), s.sentences()));
      for (String kind : kinds) {
        md.append(String.format(Locale.ROOT, " %s / %s |", rate(s.perThousandSentences(kind)),
            rate(s.percentOfArticles(kind))));
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String rate(double value) {
    return value == 0 ? "0" : value < 0.1 ? String.format(Locale.ROOT, "%.3f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
