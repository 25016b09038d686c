package io.mtdetect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.EvalReport;
import io.mtdetect.eval.Evaluation;
import io.mtdetect.eval.LabelledArticles;
import io.mtdetect.eval.Metrics;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.LogisticModel;
import io.mtdetect.score.ScorerFitter;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-scorer", mixinStandardHelpOptions = true,
    description = "Fit the sentence and article logistic models on the training split of labelled articles; write scorer.json.")
final class TrainScorerCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Labelled articles (JSONL with segments[].label gives sentence labels).")
  List<String> inputs;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "CSV id,label[,group].")
  Path labelsFile;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the scorer (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models/scorer.json");

  @Option(names = "--lm", paramLabel = "DIR|hf:NAME|none", description = "Language model (default: the built-in models/lm).")
  String lm;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write the held-out split's eval report (report.md, roc.svg) to DIR.")
  Path report;

  @Option(names = "--epochs", description = "SGD epochs (default: ${DEFAULT-VALUE}).") int epochs = 20;
  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed = 42;
  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

  /** Examples a feature must fire in before its fitted weight replaces the documented prior. */
  private static final int MIN_SUPPORT = 20;
  /** The most human-written articles the shipped verdict may flag. */
  private static final double MAX_FALSE_POSITIVE_RATE = 0.05;

  private final Console console;

  TrainScorerCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ScorerModel base = ScorerModel.bundled();
    List<LabelledArticles.Item> items;
    try {
      items = LabelledScoring.score(console, inputs, labelsFile, base, lm, threads, DocumentSplit.Part.ALL);
    } catch (LabelledScoring.Failed e) {
      return e.exitCode;
    }
    List<LabelledArticles.Item> train = new ArrayList<>();
    List<LabelledArticles.Item> test = new ArrayList<>();
    for (LabelledArticles.Item item : items) {
      (DocumentSplit.isTraining(item.result().id()) ? train : test).add(item);
    }
    if (train.isEmpty() || train.stream().map(LabelledArticles.Item::label).distinct().count() < 2) {
      return console.usageError("the training split needs articles of both labels");
    }
    ScorerFitter fitter = new ScorerFitter(epochs, seed);
    List<ScorerFitter.Example> sentences = new ArrayList<>();
    for (LabelledArticles.Item item : train) {
      List<ScoredSentence> s = item.result().sentences();
      for (int i = 0; i < s.size(); i++) {
        // Without sentence labels, a human article's sentences are all human; an MT article's are unknown.
        int label = item.sentenceLabels()[i] >= 0 ? item.sentenceLabels()[i] : item.label() == 0 ? 0 : -1;
        if (label >= 0) {
          sentences.add(new ScorerFitter.Example(s.get(i).signals(), label));
        }
      }
    }
    LogisticModel sentenceModel = ScorerFitter.withPriors(fitter.fit(sentences, ScorerFitter.featureNames(sentences)),
        base.sentence(), sentences, MIN_SUPPORT);
    ScorerModel withSentences = new ScorerModel(sentenceModel, base.article(), base.thresholds());
    ArticleScorer sentenceScorer = new ArticleScorer(withSentences);
    List<ScorerFitter.Example> articles = new ArrayList<>();
    for (LabelledArticles.Item item : train) {
      ArticleResult rescored = sentenceScorer.rescore(item.result());
      articles.add(new ScorerFitter.Example(sentenceScorer.articleFeatures(rescored.sentences()), item.label()));
    }
    LogisticModel articleModel = fitter.fit(articles, ScorerFitter.featureNames(articles));
    ScorerModel unthresholded = new ScorerModel(sentenceModel,
        new ScorerModel.ArticleModel(base.article().topK(), base.article().sentenceFlagThreshold(), articleModel),
        base.thresholds());
    // Probabilities stay calibrated; the verdict threshold is raised, if need be, so that at most
    // MAX_FALSE_POSITIVE_RATE of the training split's human articles are called machine-translated.
    ArticleScorer trainScorer = new ArticleScorer(unthresholded);
    List<Double> human = train.stream().filter(i -> i.label() == 0)
        .map(i -> trainScorer.rescore(i.result()).mtProbability()).toList();
    double threshold = ScorerFitter.thresholdForFalsePositiveRate(human, MAX_FALSE_POSITIVE_RATE, 0.5);
    ScorerModel fitted = new ScorerModel(sentenceModel, unthresholded.article(),
        new ScorerModel.Thresholds(threshold, threshold / 2)); // suspect: halfway to the flag

    ArticleScorer scorer = new ArticleScorer(fitted);
    Evaluation heldOut = new Evaluation(fitted);
    for (LabelledArticles.Item item : test) {
      heldOut.add(new LabelledArticles.Item(scorer.rescore(item.result()), item.label(), item.group(), item.sentenceLabels()));
    }
    List<Metrics.Scored> testScores = heldOut.articleScores();
    if (report != null) {
      Files.createDirectories(report);
      Files.writeString(report.resolve("report.md"), EvalReport.markdown(heldOut, fitted.thresholds().machineTranslated(),
          "mtdetect train-scorer --labels " + labelsFile + " " + String.join(" ", inputs) + " (held-out split)"));
      Files.writeString(report.resolve("roc.svg"), EvalReport.rocSvg(testScores));
    }
    write(fitted, train.size(), sentences.size());
    console.err().printf(Locale.ROOT,
        "mtdetect: fitted on %d articles (%d sentences); held-out %d articles: article AUC %.3f, FPR %.3f at %.2f; wrote %s%n",
        train.size(), sentences.size(), test.size(), Metrics.rocAuc(testScores),
        Metrics.confusion(testScores, fitted.thresholds().machineTranslated()).falsePositiveRate(),
        fitted.thresholds().machineTranslated(), out);
    return ExitCodes.OK;
  }

  private void write(ScorerModel fitted, int articles, int sentences) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("version", 1);
    root.put("provenance", String.format(Locale.ROOT,
        "fitted by `mtdetect train-scorer --labels %s %s` on the training split (%d%% of documents): %d articles, "
            + "%d labelled sentences; language model: %s; Tribuo logistic regression, %d epochs, seed %d",
        labelsFile, String.join(" ", inputs), DocumentSplit.TRAIN_PERCENT, articles, sentences,
        LabelledScoring.describe(lm), epochs, seed));
    root.set("sentence", json.valueToTree(fitted.sentence()));
    root.set("article", json.valueToTree(fitted.article()));
    root.set("thresholds", json.valueToTree(fitted.thresholds()));
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
  }
}
