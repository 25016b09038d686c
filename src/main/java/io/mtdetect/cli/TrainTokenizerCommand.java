package io.mtdetect.cli;

import io.mtdetect.lm.BpeTrainer;
import io.mtdetect.lm.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-tokenizer", mixinStandardHelpOptions = true,
    description = "Train the byte-level BPE tokenizer on the training split of a corpus; writes DIR/tokenizer.json.")
final class TrainTokenizerCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "One paragraph a line, blank line between articles (.gz allowed).")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--vocab", description = "Vocabulary size (default: ${DEFAULT-VALUE}).")
  int vocabulary = 8192;

  @Option(names = "--paragraphs", description = "Training paragraphs sampled (default: ${DEFAULT-VALUE}).")
  int paragraphs = 300_000;

  private final Console console;

  TrainTokenizerCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      return console.usageError("cannot read corpus " + corpus);
    }
    long start = System.nanoTime();
    BpeTrainer.WordCounts counts = new BpeTrainer.WordCounts();
    int[] read = {0};
    new Corpus(corpus).paragraphs(Corpus.Split.TRAIN, p -> {
      counts.add(p);
      return ++read[0] < paragraphs;
    });
    console.err().printf(Locale.ROOT, "mtdetect: %d paragraphs, %d distinct pre-tokens%n", read[0], counts.distinct());
    BpeTrainer.Result result = new BpeTrainer(vocabulary, 2).train(counts);
    Files.createDirectories(out);
    BpeTrainer.writeTokenizerJson(result, out.resolve("tokenizer.json"));
    console.err().printf(Locale.ROOT, "mtdetect: wrote %s (%d tokens, %d merges) in %.0f s%n",
        out.resolve("tokenizer.json"), result.vocabulary().size(), result.merges().size(), (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
