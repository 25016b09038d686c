package io.mtdetect.cli;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.mtdetect.lm.Corpus;
import io.mtdetect.lm.LanguageModels;
import io.mtdetect.lm.LmConfig;
import io.mtdetect.lm.TokenUnigrams;
import io.mtdetect.lm.train.TokenUnigramCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "count-tokens", mixinStandardHelpOptions = true,
    description = "Count a built-in language model's tokens over the training split of its corpus; writes "
        + "DIR/token-counts.json, the unigram model the lm.surprisalOverUnigram feature (SLOR) compares against.")
final class CountTokensCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "The language model's training corpus (one paragraph a line, blank line between articles; .gz allowed).")
  Path corpus;

  @Option(names = "--lm", required = true, paramLabel = "DIR",
      description = "The model directory: its tokenizer.json and config.json are read, token-counts.json written there.")
  Path lm;

  @Option(names = "--paragraphs", description = "Stop after this many training paragraphs (default: all).")
  long paragraphs = Long.MAX_VALUE;

  private final Console console;

  CountTokensCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      return console.usageError("cannot read corpus " + corpus);
    }
    if (!Files.isReadable(lm.resolve("tokenizer.json")) || !Files.isReadable(lm.resolve("config.json"))) {
      return console.usageError(lm + " is not a model directory (no tokenizer.json or config.json)");
    }
    long start = System.nanoTime();
    int vocabulary = LmConfig.load(lm.resolve("config.json")).vocabulary();
    try (HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(lm.resolve("tokenizer.json"))) {
      TokenUnigrams unigrams = new TokenUnigramCounter(tokenizer).count(new Corpus(corpus),
          corpus.getFileName().toString(), vocabulary, paragraphs,
          n -> console.err().printf(Locale.ROOT, "mtdetect: %,d paragraphs%n", n));
      unigrams.save(lm);
      console.err().printf(Locale.ROOT, "mtdetect: wrote %s (%,d tokens, %d distinct) in %.0f s%n",
          lm.resolve(TokenUnigrams.FILE_NAME), unigrams.total(), unigrams.counts().size(),
          (System.nanoTime() - start) / 1e9);
    }
    return ExitCodes.OK;
  }
}
