package io.mtdetect.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link Evaluation} as a Markdown report and its ROC curve as a self-contained SVG. */
public final class EvalReport {
  private EvalReport() {}

  public static String markdown(Evaluation evaluation, double threshold, String command) {
    StringBuilder md = new StringBuilder();
    Evaluation.Figures all = evaluation.overall();
    md.append("## mtdetect eval\n\n");
    md.append("Command: `").append(command).append("`\n\n");
    md.append(String.format(Locale.ROOT, "%d articles (%d machine-translated, %d human); threshold %.2f.%n%n",
        all.articles(), all.positives(), all.articles() - all.positives(), threshold));
    md.append("| set | articles | MT | article AUC | sentence AUC (sentences) | precision | recall | F1 | FPR |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    row(md, "all", all);
    for (Map.Entry<String, Evaluation.Figures> g : evaluation.byGroup().entrySet()) {
      row(md, g.getKey(), g.getValue());
    }
    md.append(String.format(Locale.ROOT, "%nFalse-positive rate on human (label 0) articles at the threshold: %s%n%n",
        number(evaluation.cleanFalsePositiveRate())));
    md.append("### Calibration (article mtProbability)\n\n| bin | articles | mean predicted | observed MT share |\n|---|---:|---:|---:|\n");
    List<Metrics.Bin> bins = evaluation.calibration(10);
    for (Metrics.Bin b : bins) {
      md.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", b.from(), b.to(), b.count(),
          number(b.meanPredicted()), number(b.observed())));
    }
    md.append(String.format(Locale.ROOT, "%nExpected calibration error: %s%n%n", number(Metrics.expectedCalibrationError(bins))));
    md.append("### Ablation (article AUC, sentence model restricted to one signal family)\n\n| signals | article AUC |\n|---|---:|\n");
    evaluation.ablation().forEach((family, auc) -> md.append("| ").append(family).append(" | ").append(number(auc)).append(" |\n"));
    return md.toString();
  }

  private static void row(StringBuilder md, String name, Evaluation.Figures f) {
    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s (%d) | %s | %s | %s | %s |%n", name, f.articles(),
        f.positives(), number(f.articleAuc()), number(f.sentenceAuc()), f.labelledSentences(),
        number(f.atThreshold().precision()), number(f.atThreshold().recall()), number(f.atThreshold().f1()),
        number(f.atThreshold().falsePositiveRate())));
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
  }

  /** The ROC curve of the article scores, with the AUC in the title. */
  public static String rocSvg(List<Metrics.Scored> scores) {
    int size = 400;
    int margin = 50;
    StringBuilder points = new StringBuilder();
    for (double[] p : Metrics.rocCurve(scores)) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", margin + p[0] * size, margin + (1 - p[1]) * size));
    }
    return String.format(Locale.ROOT, """
        <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">
          <rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>
          <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#bbb" stroke-dasharray="4"/>
          <polyline points="%s" fill="none" stroke="#c0392b" stroke-width="2"/>
          <text x="%d" y="30" text-anchor="middle">ROC, articles (AUC %s)</text>
          <text x="%d" y="%d" text-anchor="middle">false-positive rate</text>
          <text x="15" y="%d" text-anchor="middle" transform="rotate(-90 15 %d)">true-positive rate</text>
        </svg>
        """, size + 2 * margin, size + 2 * margin, margin, margin, size, size, margin, margin + size, margin + size,
        margin, points.toString().strip(), margin + size / 2, number(Metrics.rocAuc(scores)), margin + size / 2,
        size + margin + 35, margin + size / 2, margin + size / 2);
  }

  /**
   * The "contrasts" table: for each {@code NAME=MT_REGEX:HUMAN_REGEX}, the article AUC of the
   * machine-translated articles whose group matches MT_REGEX against the human articles whose group
   * matches HUMAN_REGEX, and the share of those human articles called {@code machine-translated} and
   * not {@code clean}.
   */
  public static String contrasts(Evaluation evaluation, List<String> specs) {
    StringBuilder out = new StringBuilder("\n## Contrasts\n\n"
        + "| contrast | MT articles | human articles | article AUC | human `machine-translated` | human not `clean` |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      int colon = spec.lastIndexOf(':');
      if (eq < 1 || colon < eq) {
        throw new IllegalArgumentException("--contrast needs NAME=MT_REGEX:HUMAN_REGEX, got \"" + spec + "\"");
      }
      java.util.regex.Pattern mt = java.util.regex.Pattern.compile(spec.substring(eq + 1, colon));
      java.util.regex.Pattern human = java.util.regex.Pattern.compile(spec.substring(colon + 1));
      List<Metrics.Scored> scores = new java.util.ArrayList<>();
      FalseAlarms alarms = FalseAlarms.NONE;
      for (LabelledArticles.Item item : evaluation.items()) {
        boolean isMt = item.label() == 1 && mt.matcher(item.group()).find();
        boolean isHuman = item.label() == 0 && human.matcher(item.group()).find();
        if (isMt || isHuman) {
          scores.add(new Metrics.Scored(item.result().mtProbability(), item.label()));
        }
        if (isHuman) {
          alarms = alarms.plus(item.result().verdict());
        }
      }
      int humans = alarms.texts();
      out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", spec.substring(0, eq),
          scores.size() - humans, humans, number(Metrics.rocAuc(scores)),
          humans == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.3f", alarms.machineTranslatedShare()),
          humans == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.3f", alarms.notCleanShare())));
    }
    return out.toString();
  }

}
