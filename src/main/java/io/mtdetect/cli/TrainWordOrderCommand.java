package io.mtdetect.cli;

import io.mtdetect.lm.Corpus;
import io.mtdetect.translationese.TranslationeseTokens;
import io.mtdetect.translationese.WordOrderModel;
import io.mtdetect.translationese.train.WordOrderCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.languagetool.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-word-order", mixinStandardHelpOptions = true,
    description = "Count the translationese view's 1-3-grams (function words and part-of-speech tags) in a sample of a"
        + " corpus's training split: the word-order model of the syntax signal; writes DIR/counts.tsv.gz.")
final class TrainWordOrderCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "One paragraph a line, blank line between articles (.gz allowed); every 100th article is held out.")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--every", description = "Count every Nth training paragraph (default: ${DEFAULT-VALUE}).")
  int every = 4;

  @Option(names = "--paragraphs", description = "Stop after this many counted paragraphs (default: all of the sample).")
  long paragraphs = Long.MAX_VALUE;

  @Option(names = "--min-trigram-count", description = "Drop trigrams seen fewer times (default: ${DEFAULT-VALUE}).")
  int minTrigramCount = 2;

  private final Console console;

  TrainWordOrderCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      return console.usageError("cannot read corpus " + corpus);
    }
    if (every < 1 || minTrigramCount < 1) {
      return console.usageError("--every and --min-trigram-count must be at least 1");
    }
    long start = System.nanoTime();
    WordOrderModel model = new WordOrderCounter(new TranslationeseTokens(Languages.getLanguageForShortCode("en-US")))
        .count(new Corpus(corpus), every, paragraphs, minTrigramCount,
            n -> console.err().printf(Locale.ROOT, "mtdetect: %,d paragraphs%n", n));
    model.save(out);
    console.err().printf(Locale.ROOT, "mtdetect: wrote %s (%,d entries) in %.0f s%n", out.resolve(WordOrderModel.COUNTS_FILE),
        model.size(), (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
