package io.mtdetect.eval;

import io.mtdetect.core.ScoredSentence;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ProbabilityModel;
import io.mtdetect.score.ScorerModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Collects scored, labelled articles and computes the figures {@code mtdetect eval} reports:
 * article and sentence ROC AUC, precision/recall/F1 and false-positive rate at the scorer's
 * threshold, calibration, per-group figures, and an ablation by signal family.
 */
public final class Evaluation {
  /** Signal families for the ablation, by feature-name prefix. */
  public static final Map<String, Predicate<String>> FAMILIES = families();

  private static Map<String, Predicate<String>> families() {
    Map<String, Predicate<String>> f = new LinkedHashMap<>();
    f.put("LanguageTool only", name -> name.startsWith("lt."));
    f.put("language model only", name -> name.startsWith("lm."));
    f.put("classifier only", name -> name.startsWith("clf."));
    f.put("lexical norms only", name -> name.startsWith("lex."));
    f.put("artefact detectors only", name -> !name.startsWith("lt.") && !name.startsWith("lm.")
        && !name.startsWith("clf.") && !name.startsWith("lex."));
    f.put("all signals", name -> true);
    return f;
  }

  private final ScorerModel model;
  private final List<LabelledArticles.Item> articles = new ArrayList<>();

  public Evaluation(ScorerModel model) {
    this.model = model;
  }

  public void add(LabelledArticles.Item item) {
    articles.add(item);
  }

  public List<LabelledArticles.Item> items() {
    return java.util.Collections.unmodifiableList(articles);
  }

  public int size() {
    return articles.size();
  }

  /** Figures of one set of articles. */
  public record Figures(int articles, int positives, double articleAuc, double sentenceAuc, int labelledSentences,
      Metrics.Confusion atThreshold) {}

  public Figures overall() {
    return figures(articles);
  }

  public Map<String, Figures> byGroup() {
    Map<String, List<LabelledArticles.Item>> groups = new TreeMap<>();
    for (LabelledArticles.Item a : articles) {
      groups.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a);
    }
    Map<String, Figures> out = new LinkedHashMap<>();
    groups.forEach((g, list) -> out.put(g, figures(list)));
    return out;
  }

  /** False-positive rate at the threshold among articles labelled 0. */
  public double cleanFalsePositiveRate() {
    return Metrics.confusion(articleScores(articles), model.thresholds().machineTranslated()).falsePositiveRate();
  }

  public List<Metrics.Bin> calibration(int bins) {
    return Metrics.calibration(articleScores(articles), bins);
  }

  public List<Metrics.Scored> articleScores() {
    return articleScores(articles);
  }

  /**
   * Article AUC with the sentence model restricted to one family's features (the others' weights
   * set to zero, bias and article model unchanged), recomputed from the stored features.
   */
  public Map<String, Double> ablation() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Predicate<String>> family : FAMILIES.entrySet()) {
      ArticleScorer scorer = new ArticleScorer(restrict(model, family.getValue()));
      List<Metrics.Scored> scores = new ArrayList<>();
      for (LabelledArticles.Item a : articles) {
        scores.add(new Metrics.Scored(scorer.rescore(a.result()).mtProbability(), a.label()));
      }
      out.put(family.getKey(), Metrics.rocAuc(scores));
    }
    return out;
  }

  /** Zeroes the weights of features outside the family, in the sentence model and among the article means and maxima. */
  private static ScorerModel restrict(ScorerModel model, Predicate<String> keep) {
    Predicate<String> keepArticle = name -> ArticleScorer.signalOf(name) == null
        || keep.test(ArticleScorer.signalOf(name));
    // Only a linear article model can drop a family by zeroing weights; a tree model keeps its
    // article features (scripts/cross-eval refits without the family instead).
    ProbabilityModel articleModel = model.article().model() instanceof LogisticModel linear
        ? zeroOutside(linear, keepArticle) : model.article().model();
    return new ScorerModel(zeroOutside(model.sentence(), keep),
        model.article().withModel(articleModel,
            model.article().blend() != null && keep.test(model.article().blend().feature()) ? model.article().blend() : null),
        model.thresholds(), model.evidence(), model.shortText());
  }

  private static LogisticModel zeroOutside(LogisticModel m, Predicate<String> keep) {
    Map<String, Double> weights = new LinkedHashMap<>();
    m.weights().forEach((name, w) -> weights.put(name, keep.test(name) ? w : 0.0));
    return new LogisticModel(m.bias(), weights, m.means(), m.scales());
  }

  private Figures figures(List<LabelledArticles.Item> list) {
    List<Metrics.Scored> sentences = new ArrayList<>();
    for (LabelledArticles.Item a : list) {
      List<ScoredSentence> s = a.result().sentences();
      for (int i = 0; i < s.size(); i++) {
        if (a.sentenceLabels()[i] >= 0) {
          sentences.add(new Metrics.Scored(s.get(i).mtProbability(), a.sentenceLabels()[i]));
        }
      }
    }
    List<Metrics.Scored> scores = articleScores(list);
    int positives = (int) scores.stream().filter(x -> x.label() == 1).count();
    return new Figures(list.size(), positives, Metrics.rocAuc(scores), Metrics.rocAuc(sentences), sentences.size(),
        Metrics.confusion(scores, model.thresholds().machineTranslated()));
  }

  private static List<Metrics.Scored> articleScores(List<LabelledArticles.Item> list) {
    List<Metrics.Scored> out = new ArrayList<>(list.size());
    for (LabelledArticles.Item a : list) {
      out.add(new Metrics.Scored(a.result().mtProbability(), a.label()));
    }
    return out;
  }
}
