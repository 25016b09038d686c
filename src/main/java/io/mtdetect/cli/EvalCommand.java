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

  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

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
      LabelledScoring.score(console, inputs, labelsFile, model, lm, threads, split).forEach(evaluation::add);
    } catch (LabelledScoring.Failed e) {
      return e.exitCode;
    }
    String markdown = EvalReport.markdown(evaluation, model.thresholds().machineTranslated(),
        "mtdetect eval --labels " + labelsFile + " " + String.join(" ", inputs));
    console.out().print(markdown);
    if (out != null) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("roc.svg"), EvalReport.rocSvg(evaluation.articleScores()), StandardCharsets.UTF_8);
    }
    return ExitCodes.OK;
  }
}
