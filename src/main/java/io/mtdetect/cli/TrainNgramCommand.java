package io.mtdetect.cli;

import io.mtdetect.core.ScoredSentence;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.LabelledArticles;
import io.mtdetect.eval.LengthStrata;
import io.mtdetect.eval.Metrics;
import io.mtdetect.ngram.NgramFeatures;
import io.mtdetect.ngram.NgramModel;
import io.mtdetect.ngram.train.CrossFitFolds;
import io.mtdetect.ngram.train.NgramTrainer;
import io.mtdetect.pipeline.FeatureOverlay;
import io.mtdetect.signals.ArticleTranslationeseSignal;
import io.mtdetect.signals.NgramSignal;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-ngram", mixinStandardHelpOptions = true,
    description = "Fit the lexical model (hashed character and word n-grams, logistic regression) on the sentences of"
        + " the training split of labelled articles (or, with --unit article, on its whole articles); with --out-of-fold,"
        + " also write every labelled sentence's probability from a model that never saw its family (cross-fitting for"
        + " train-scorer --overlay).")
final class TrainNgramCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The labelled articles the results were scored from.")
  List<String> inputs;

  @Option(names = "--results", required = true, paramLabel = "FILE", description = "Saved results of the inputs (score --format jsonl).")
  Path results;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "CSV id,label[,group].")
  Path labelsFile;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models/ngram");

  @Option(names = "--out-of-fold", paramLabel = "FILE",
      description = "Also write the out-of-fold probability of every labelled sentence (TSV id, sentence, FEATURE).")
  Path outOfFold;

  @Option(names = "--feature", paramLabel = "NAME",
      description = "The feature the out-of-fold file names (default: ${DEFAULT-VALUE}; baseline.* names are never fitted"
          + " on by train-scorer, only reported).")
  String feature = NgramSignal.PROBABILITY;

  @Option(names = "--chars", paramLabel = "MIN-MAX", description = "Character n-gram orders (default: ${DEFAULT-VALUE}).")
  String chars = "1-4";

  @Option(names = "--words", paramLabel = "N", description = "Word n-grams up to N, 0 for none (default: ${DEFAULT-VALUE}).")
  int words = 2;

  @Option(names = "--dimension-bits", paramLabel = "B", description = "2^B hashed dimensions (default: ${DEFAULT-VALUE}).")
  int dimensionBits = 19;

  @Option(names = "--view", paramLabel = "NAME",
      description = "What the model reads of a sentence: text, or translationese (function words and punctuation as"
          + " written, other words as their LanguageTool part-of-speech tags; use with --chars 1-0 --words 4)"
          + " (default: ${DEFAULT-VALUE}).")
  String view = io.mtdetect.ngram.SentenceViews.TEXT;

  /** What one training example is. */
  enum Unit { sentence, article }

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "One example per sentence, or per article (its sentences read as one text, as"
          + " signals/ArticleTranslationeseSignal reads them; the out-of-fold file then gives every sentence its"
          + " article's probability) (default: ${DEFAULT-VALUE}).")
  Unit unit = Unit.sentence;

  @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C: inverse regularisation (default: ${DEFAULT-VALUE}).")
  double cost = 1.0;

  @Option(names = "--train-groups", paramLabel = "REGEX",
      description = "Train only on the articles whose group matches (found anywhere in it); the others are still"
          + " scored in the out-of-fold file and the held-out AUC, by models that never saw them (default: every group).")
  Pattern trainGroups;

  @Option(names = "--dry-run", description = "Fit and report; do not write the model.") boolean dryRun;

  private final Console console;

  TrainNgramCommand(Console console) {
    this.console = console;
  }

  /** One labelled sentence of the training split, with its fold. */
  private record Labelled(NgramTrainer.Example example, String fold) {}

  @Override
  public Integer call() throws Exception {
    NgramFeatures.Config config;
    try {
      String[] range = chars.split("-", 2);
      config = new NgramFeatures.Config(1 << dimensionBits, Integer.parseInt(range[0]),
          Integer.parseInt(range.length == 2 ? range[1] : range[0]), words, view);
    } catch (RuntimeException e) {
      return console.usageError("bad n-gram options (--view " + view + ", --chars " + chars + ", --words " + words + ", --dimension-bits "
          + dimensionBits + "): " + e.getMessage());
    }
    List<LabelledArticles.Item> items;
    try {
      items = LabelledScoring.fromResults(console, results, inputs, labelsFile);
    } catch (LabelledScoring.Failed e) {
      return e.exitCode;
    }
    NgramTrainer trainer = new NgramTrainer(config, cost);
    List<Labelled> training = items.parallelStream()
        .filter(i -> !LengthStrata.isExcerpt(i) && DocumentSplit.isTraining(i.result().id()) && !i.result().isError())
        .filter(i -> trainGroups == null || i.group() != null && trainGroups.matcher(i.group()).find())
        .flatMap(i -> {
          String fold = CrossFitFolds.of(i.group(), i.result().id());
          return units(i).stream().map(u -> new Labelled(trainer.extract(u.text(), u.label()), fold));
        }).toList();
    console.err().printf(Locale.ROOT, "mtdetect: %d training %ss (%d machine-translated) in %d articles%n",
        training.size(), unit, training.stream().filter(l -> l.example().label() == 1).count(),
        items.stream().filter(i -> !LengthStrata.isExcerpt(i) && DocumentSplit.isTraining(i.result().id())).count());
    if (!hasBothLabels(training, null)) {
      return console.usageError("the articles trained on hold only one label" + groupsHint());
    }
    Map<String, List<LabelledArticles.Item>> byFold = items.stream().filter(i -> !i.result().isError())
        .collect(Collectors.groupingBy(i -> CrossFitFolds.of(i.group(), i.result().id()), TreeMap::new, Collectors.toList()));
    if (outOfFold != null) {
      for (String fold : byFold.keySet()) {
        if (!hasBothLabels(training, fold)) {
          return console.usageError("no out-of-fold model for " + fold + ": the articles trained on outside it hold"
              + " only one label" + groupsHint());
        }
      }
    }
    long start = System.nanoTime();
    NgramModel model = trainer.fit(training.stream().map(Labelled::example).toList());
    console.err().printf(Locale.ROOT, "mtdetect: fitted on every training %s in %.0f s; held-out test split: %s%n", unit,
        (System.nanoTime() - start) / 1e9, heldOutAuc(model, items));
    if (!dryRun) {
      model.save(out, String.format(Locale.ROOT, "fitted by `mtdetect train-ngram --results %s --labels %s --view %s --chars %s"
          + " --words %d --dimension-bits %d --cost %s --unit %s%s %s` on the %ss of the training split (%d%% of documents):"
          + " %d %ss; LIBLINEAR L2-regularised logistic regression, classes balanced", results, labelsFile, view, chars,
          words, dimensionBits, cost, unit, trainGroups == null ? "" : " --train-groups '" + trainGroups + "'",
          String.join(" ", inputs), unit, DocumentSplit.TRAIN_PERCENT, training.size(), unit));
      console.err().println("mtdetect: wrote " + out);
    }
    if (outOfFold != null) {
      writeOutOfFold(trainer, training, byFold);
    }
    return ExitCodes.OK;
  }

  /** Per fold: a model fitted on the other folds' training sentences scores every labelled article of this one. */
  private void writeOutOfFold(NgramTrainer trainer, List<Labelled> training,
      Map<String, List<LabelledArticles.Item>> byFold) throws IOException {
    try (Writer w = Files.newBufferedWriter(outOfFold)) {
      FeatureOverlay.writeHeader(w, feature);
      for (Map.Entry<String, List<LabelledArticles.Item>> fold : byFold.entrySet()) {
        long start = System.nanoTime();
        NgramModel model = trainer.fit(training.stream().filter(l -> !l.fold().equals(fold.getKey()))
            .map(Labelled::example).toList());
        List<Metrics.Scored> scored = new ArrayList<>();
        for (LabelledArticles.Item item : fold.getValue()) {
          List<Text> units = units(item);
          double[] p = units.stream().mapToDouble(u -> model.probability(u.text())).toArray();
          if (!LengthStrata.isExcerpt(item)) {
            for (int k = 0; k < p.length; k++) {
              scored.add(new Metrics.Scored(p[k], units.get(k).label()));
            }
          }
          // every sentence gets its own probability, or its article's
          for (ScoredSentence s : item.result().sentences()) {
            FeatureOverlay.writeRow(w, item.result().id(), s.index(), p[unit == Unit.article ? 0 : s.index()]);
          }
        }
        console.err().printf(Locale.ROOT, "mtdetect: fold %-14s %5d articles, %s AUC %.3f (%.0f s)%n", fold.getKey(),
            fold.getValue().size(), unit, Metrics.rocAuc(scored), (System.nanoTime() - start) / 1e9);
      }
    }
    console.err().println("mtdetect: wrote " + outOfFold);
  }

  /** Whether the training examples outside {@code fold} (all of them when it is null) hold both labels. */
  private static boolean hasBothLabels(List<Labelled> training, String fold) {
    return training.stream().filter(l -> !l.fold().equals(fold)).map(l -> l.example().label()).distinct().count() == 2;
  }

  private String groupsHint() {
    return trainGroups == null ? "" : " (--train-groups '" + trainGroups + "')";
  }

  /**
   * A sentence's label: its own where the data gives one (mixed round trips), else its article's — every
   * sentence of a machine-translated article in these sets is machine translation.
   */
  private static int sentenceLabel(LabelledArticles.Item item, int sentence) {
    return item.sentenceLabels()[sentence] >= 0 ? item.sentenceLabels()[sentence] : item.label();
  }

  /** A text the model reads, with its label. */
  private record Text(String text, int label) {}

  /**
   * What an article gives the model, in its sentences' order: each sentence with its label, or (with {@code --unit
   * article}) its sentences as one text, as the pipeline's signal reads them, with the article's label.
   */
  private List<Text> units(LabelledArticles.Item item) {
    List<ScoredSentence> sentences = item.result().sentences();
    if (unit == Unit.article) {
      return List.of(new Text(ArticleTranslationeseSignal.text(sentences.stream().map(ScoredSentence::text).toList()),
          item.label()));
    }
    return sentences.stream().map(s -> new Text(s.text(), sentenceLabel(item, s.index()))).toList();
  }

  private String heldOutAuc(NgramModel model, List<LabelledArticles.Item> items) {
    List<Metrics.Scored> scored = new ArrayList<>();
    for (LabelledArticles.Item item : items) {
      if (LengthStrata.isExcerpt(item) || DocumentSplit.isTraining(item.result().id()) || item.result().isError()) {
        continue;
      }
      for (Text u : units(item)) {
        scored.add(new Metrics.Scored(model.probability(u.text()), u.label()));
      }
    }
    return scored.isEmpty() ? "no " + unit + "s" : String.format(Locale.ROOT, "%d %ss, %s AUC %.3f",
        scored.size(), unit, unit, Metrics.rocAuc(scored));
  }
}
