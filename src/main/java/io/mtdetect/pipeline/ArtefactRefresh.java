package io.mtdetect.pipeline;

import io.mtdetect.core.Article;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.SentenceSignal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-runs the artefact detectors on saved results ({@code score --format jsonl}), replacing their
 * features and evidence: after a detector changes, fitting and evaluation need not re-run LanguageTool
 * and the language model over thousands of articles. The text is rebuilt from the saved sentences at
 * their offsets (paragraph breaks between paragraphs, spaces elsewhere), which is all the detectors
 * read. Thread-safe.
 */
public final class ArtefactRefresh {
  private final List<SentenceSignal> detectors;
  private final Set<String> families = new HashSet<>();
  private final Set<String> features = new HashSet<>();

  public ArtefactRefresh() {
    this(Artefacts.detectors());
  }

  /** Re-runs the given text-only signals (no language model, no LanguageTool) instead of the artefact detectors. */
  public ArtefactRefresh(List<SentenceSignal> detectors) {
    this.detectors = List.copyOf(detectors);
    for (SentenceSignal detector : detectors) {
      families.add(detector.name());
      features.addAll(detector.features());
    }
  }

  /**
   * The result with its artefact features re-run; a web page's (one with a {@code pageType}) is returned as
   * saved: its detectors read the page's markup (words set in code, the page type), which saved results do
   * not keep, so web pages are scored again after a detector changes.
   */
  public ArticleResult refresh(ArticleResult result) {
    if (result.isError() || result.sentences().isEmpty() || result.pageType() != null) {
      return result;
    }
    List<ScoredSentence> saved = result.sentences();
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>(saved.size());
    for (ScoredSentence s : saved) {
      text.append(" ".repeat(Math.max(0, s.start() - text.length())));
      boolean newParagraph = !sentences.isEmpty() && sentences.get(sentences.size() - 1).paragraph() != s.paragraph();
      if (newParagraph) {
        text.setCharAt(s.start() - 1, '\n'); // lines are paragraphs, so a gap always lies between two
      }
      text.append(s.text());
      sentences.add(new Sentence(s.index(), s.paragraph(), s.start(), s.end(), s.text()));
    }
    Article article = new Article(result.id(), result.source() == null ? result.id() : result.source(), result.title(),
        text.toString(), Article.TextLayout.BODY_ONLY);
    SegmentedArticle segmented = new SegmentedArticle(article, result.title(), sentences, List.of());
    List<SentenceFindings> findings = SentenceFindings.forSentences(sentences.size());
    for (SentenceSignal detector : detectors) {
      detector.analyse(segmented, findings);
    }
    List<ScoredSentence> refreshed = new ArrayList<>(saved.size());
    for (int i = 0; i < saved.size(); i++) {
      ScoredSentence s = saved.get(i);
      Map<String, Double> signals = new LinkedHashMap<>();
      s.signals().forEach((name, value) -> {
        if (!features.contains(name)) {
          signals.put(name, value);
        }
      });
      for (String feature : features) {
        signals.put(feature, findings.get(i).feature(feature));
      }
      List<Evidence> evidence = new ArrayList<>();
      s.evidence().stream().filter(e -> !isArtefact(e)).forEach(evidence::add);
      evidence.addAll(findings.get(i).evidence());
      refreshed.add(s.withFindings(Map.copyOf(signals), List.copyOf(evidence)));
    }
    return result.withSentences(refreshed);
  }

  private boolean isArtefact(Evidence e) {
    return families.contains(e.kind()); // a detector files its evidence under its own name
  }
}
