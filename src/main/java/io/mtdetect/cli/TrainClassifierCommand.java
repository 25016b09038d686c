package io.mtdetect.cli;

import io.mtdetect.classify.train.ClassifierTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-classifier", mixinStandardHelpOptions = true,
    description = "Fine-tune the built-in transformer's machine-translation classifier branch with DJL (PyTorch);"
        + " the trunk stays the language model; resumes from OUT/checkpoint.")
final class TrainClassifierCommand implements Callable<Integer> {
  @Option(names = "--lm", paramLabel = "DIR", description = "Language model to start from (default: ${DEFAULT-VALUE}).")
  Path lm = Path.of("models/lm");
  @Option(names = "--train", required = true, paramLabel = "FILE",
      description = "Labelled sentences, JSON Lines {context, text, label} (scripts/make-neural-data).") Path train;
  @Option(names = "--dev", paramLabel = "FILE", description = "Held-out labelled sentences, scored at the end.") Path dev;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  @Option(names = "--branch-layers", description = "Layers of the classifier branch (default: ${DEFAULT-VALUE}).") int branchLayers = 2;
  @Option(names = "--batch", description = "Sentences per step (default: ${DEFAULT-VALUE}).") int batch = 32;
  @Option(names = "--lr", description = "Peak learning rate (default: ${DEFAULT-VALUE}).") float learningRate = 3e-4f;
  @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).") int epochs = 3;
  @Option(names = "--budget-minutes", description = "Wall-clock budget (default: ${DEFAULT-VALUE}).") double budgetMinutes = 30;
  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") int seed = 42;
  @Option(names = "--checkpoint-every", description = "Steps between checkpoints (default: ${DEFAULT-VALUE}).") int checkpointEvery = 300;
  @Option(names = "--max-examples", description = "Read at most this many training sentences.") int maxExamples = Integer.MAX_VALUE;

  private final Console console;

  TrainClassifierCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    for (Path required : new Path[] {lm.resolve("config.json"), lm.resolve("tokenizer.json"), train}) {
      if (!Files.isReadable(required)) {
        return console.usageError("cannot read " + required);
      }
    }
    if (dev != null && !Files.isReadable(dev)) {
      return console.usageError("cannot read " + dev);
    }
    ClassifierTrainer.Options options = new ClassifierTrainer.Options(branchLayers, batch, learningRate, epochs,
        budgetMinutes, seed, checkpointEvery, maxExamples);
    ClassifierTrainer.Report report;
    try {
      report = new ClassifierTrainer(console.err()).train(lm, train, dev, options, out);
    } catch (java.io.IOException e) {
      return console.usageError(e.getMessage()); // a malformed data line or model directory: one line, as elsewhere
    }
    console.err().printf(Locale.ROOT, "mtdetect: trained %d steps over %d sentences in %.0f s; model in %s%n",
        report.steps(), report.examplesSeen(), report.seconds(), out);
    ExportLmCommand.exportBeside(out, console);
    return ExitCodes.OK;
  }
}
