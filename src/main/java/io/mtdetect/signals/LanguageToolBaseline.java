package io.mtdetect.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.TextLevelRule;

/**
 * LanguageTool on its own, as users know it: default rules, one {@link JLanguageTool} per thread.
 * The baseline {@code bench} compares mtdetect's whole pipeline with, and a per-rule profile that
 * shows where LanguageTool's time goes.
 */
public final class LanguageToolBaseline {
  private final Language language;

  public LanguageToolBaseline(Language language) {
    this.language = language;
  }

  /** Checks every text with default rules on {@code threads} threads; returns the wall-clock seconds. */
  public double checkAll(List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      List<JLanguageTool> tools = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tools.add(new JLanguageTool(language));
      }
      for (JLanguageTool lt : tools) {
        lt.check("Warm the rules up before the clock starts."); // loads rule files lazily
      }
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (JLanguageTool lt : tools) {
        running.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
            lt.check(texts.get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Where one LanguageTool instance spends its time: text analysis, and each rule. */
  public record Profile(double analysisSeconds, Map<String, Double> ruleSeconds, Map<String, Integer> ruleMatches,
      Map<String, String> ruleCategories) {
    /** Category id → seconds, slowest first. */
    public List<Map.Entry<String, Double>> byCategory() {
      Map<String, Double> total = new HashMap<>();
      ruleSeconds.forEach((rule, s) -> total.merge(ruleCategories.get(rule), s, Double::sum));
      return total.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    }

    public List<Map.Entry<String, Double>> slowest(int n) {
      return ruleSeconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
          .toList();
    }

    public double totalRuleSeconds() {
      return ruleSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /** Runs analysis and every active rule separately over the texts, timing each (single thread). */
  public Profile profile(List<String> texts) throws IOException {
    JLanguageTool lt = new JLanguageTool(language);
    List<Rule> rules = lt.getAllActiveRules();
    Map<String, Double> seconds = new HashMap<>();
    Map<String, Integer> matches = new HashMap<>();
    Map<String, String> categories = new HashMap<>();
    for (Rule rule : rules) {
      categories.put(rule.getId(), rule.getCategory().getId().toString());
    }
    long analysis = 0;
    for (String text : texts) {
      long t0 = System.nanoTime();
      List<AnalyzedSentence> sentences = lt.analyzeText(text);
      analysis += System.nanoTime() - t0;
      for (Rule rule : rules) {
        long t = System.nanoTime();
        int found = 0;
        if (rule instanceof TextLevelRule textRule) {
          found += textRule.match(sentences).length;
        } else {
          for (AnalyzedSentence s : sentences) {
            found += rule.match(s).length;
          }
        }
        seconds.merge(rule.getId(), (System.nanoTime() - t) / 1e9, Double::sum);
        matches.merge(rule.getId(), found, Integer::sum);
      }
    }
    return new Profile(analysis / 1e9, seconds, matches, categories);
  }
}
