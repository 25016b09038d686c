package io.mtdetect.cli;

import io.mtdetect.lm.Corpus;
import io.mtdetect.lm.LmConfig;
import io.mtdetect.lm.LmTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-lm", mixinStandardHelpOptions = true,
    description = "Train the built-in causal transformer LM with DJL (PyTorch engine); resumes from OUT/checkpoint.")
final class TrainLmCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE") Path corpus;
  @Option(names = "--tokenizer", required = true, paramLabel = "FILE", description = "tokenizer.json (train-tokenizer)") Path tokenizer;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  @Option(names = "--context", description = "Tokens per window (default: ${DEFAULT-VALUE}).") int context = 128;
  @Option(names = "--width", description = "Model width (default: ${DEFAULT-VALUE}).") int width = 256;
  @Option(names = "--layers", description = "Decoder layers (default: ${DEFAULT-VALUE}).") int layers = 4;
  @Option(names = "--heads", description = "Attention heads (default: ${DEFAULT-VALUE}).") int heads = 4;
  @Option(names = "--batch", description = "Windows per step (default: ${DEFAULT-VALUE}).") int batch = 32;
  @Option(names = "--lr", description = "Peak learning rate (default: ${DEFAULT-VALUE}).") float learningRate = 5e-4f;
  @Option(names = "--max-steps", description = "Stop after this many steps (default: ${DEFAULT-VALUE}).") long maxSteps = Long.MAX_VALUE;
  @Option(names = "--budget-minutes", description = "Wall-clock budget (default: ${DEFAULT-VALUE}).") double budgetMinutes = 100;
  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") int seed = 42;
  @Option(names = "--checkpoint-every", description = "Steps between checkpoints (default: ${DEFAULT-VALUE}).") int checkpointEvery = 500;
  @Option(names = "--held-out", description = "Held-out paragraphs scored at the end (default: ${DEFAULT-VALUE}).") int heldOut = 2000;

  private final Console console;

  TrainLmCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      return console.usageError("cannot read corpus " + corpus);
    }
    if (!Files.isReadable(tokenizer)) {
      return console.usageError("cannot read tokenizer " + tokenizer + " (run train-tokenizer first)");
    }
    int vocabulary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tokenizer.toFile())
        .path("model").path("vocab").size();
    LmConfig config = new LmConfig(vocabulary, context, width, layers, heads);
    LmTrainer.Options options = new LmTrainer.Options(config, batch, learningRate, maxSteps, budgetMinutes, seed,
        checkpointEvery, heldOut);
    LmTrainer.Report report = new LmTrainer(new Corpus(corpus), tokenizer, console.err()).train(options, out);
    console.err().printf(Locale.ROOT, "mtdetect: trained %d steps, %.1fM tokens in %.0f s; model in %s%n",
        report.steps(), report.tokensSeen() / 1e6, report.seconds(), out);
    ExportLmCommand.exportBeside(out, console);
    return ExitCodes.OK;
  }
}
