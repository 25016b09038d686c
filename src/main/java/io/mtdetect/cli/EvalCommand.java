package io.mtdetect.cli;

import io.mtdetect.eval.EvalReport;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.Evaluation;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score labelled articles and report ROC AUC, precision/recall/F1, calibration, per-group figures and an ablation.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles, as for score (JSONL with segments[].label adds sentence labels).")
  List<String> inputs;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "CSV with header id,label[,group]; label 1 = machine-translated.")
  Path labelsFile;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write report.md and roc.svg to DIR.")
  Path out;

  @Option(names = "--scorer", paramLabel = "FILE", description = "Scorer weights (default: the bundled models/scorer.json).")
  Path scorer;

  @Option(names = "--lm", paramLabel = "DIR|hf:NAME|none", description = "Language model (default: the built-in models/lm).")
  String lm;

  @Option(names = "--split", paramLabel = "PART",
      description = "Which documents: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); test = never seen by train-scorer.")
  DocumentSplit.Part split = DocumentSplit.Part.ALL;

  @Option(names = "--results", paramLabel = "FILE",
      description = "Evaluate saved results of the inputs (score --format jsonl), rescored with --scorer, instead of scoring again.")
  Path results;

  @Option(names = "--refresh-artefacts",
      description = "With --results: re-run the artefact detectors on the saved results first (after a detector changed).")
  boolean refreshArtefacts;

  @Option(names = "--contrast", paramLabel = "NAME=MT_REGEX:HUMAN_REGEX",
      description = "Also report article AUC of the machine-translated articles whose group matches MT_REGEX"
          + " against the human ones whose group matches HUMAN_REGEX, and how many of those human articles are"
          + " flagged; repeatable.")
  List<String> contrasts = new java.util.ArrayList<>();

  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--articles", paramLabel = "FILE",
      description = "Also write every scored article as CSV: id, group, label, mt_probability, verdict, basis channel,"
          + " fluent and garbled detectors' probabilities, artefact log-likelihood ratio.")
  Path articlesCsv;

  private final Console console;

  EvalCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ScorerModel model;
    try {
      model = scorer == null ? ScorerModel.bundled() : ScorerModel.load(scorer);
    } catch (IOException e) {
      return console.usageError("cannot load scorer " + scorer + ": " + e.getMessage());
    }
    Evaluation evaluation = new Evaluation(model);
    try {
      if (results != null) {
        io.mtdetect.score.ArticleScorer scorer = new io.mtdetect.score.ArticleScorer(model);
        io.mtdetect.pipeline.ArtefactRefresh refresh = refreshArtefacts ? new io.mtdetect.pipeline.ArtefactRefresh() : null;
        for (io.mtdetect.eval.LabelledArticles.Item item : LabelledScoring.fromResults(console, results, inputs, labelsFile)) {
          if (split.contains(item.result().id())) {
            io.mtdetect.core.ArticleResult saved = refresh == null ? item.result() : refresh.refresh(item.result());
            evaluation.add(new io.mtdetect.eval.LabelledArticles.Item(scorer.rescore(saved), item.label(),
                item.group(), item.sentenceLabels()));
          }
        }
      } else {
        LabelledScoring.score(console, inputs, labelsFile, model, lm, threads, split).forEach(evaluation::add);
      }
    } catch (LabelledScoring.Failed e) {
      return e.exitCode;
    }
    String markdown = EvalReport.markdown(evaluation, model.thresholds().machineTranslated(),
        "mtdetect eval --labels " + labelsFile + " " + String.join(" ", inputs));
    if (!contrasts.isEmpty()) {
      try {
        markdown += EvalReport.contrasts(evaluation, contrasts);
      } catch (IllegalArgumentException e) {
        return console.usageError(e.getMessage());
      }
    }
    console.out().print(markdown);
    if (articlesCsv != null) {
      writeArticles(evaluation);
    }
    if (out != null) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("roc.svg"), EvalReport.rocSvg(evaluation.articleScores()), StandardCharsets.UTF_8);
    }
    return ExitCodes.OK;
  }

  private void writeArticles(Evaluation evaluation) throws IOException {
    io.mtdetect.eval.ArticleTable.write(articlesCsv, evaluation.items());
  }
}
