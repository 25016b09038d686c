package io.mtdetect.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.TokenScores;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.Json;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.signals.LanguageModelSignal;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "perplexity", mixinStandardHelpOptions = true,
    description = "Language-model perplexity and bits per character of each article and sentence.")
final class PerplexityCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin (as for score).")
  List<String> inputs;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--lm", paramLabel = "DIR|hf:NAME", description = "Language model (default: the built-in models/lm).")
  String lm;

  private final Console console;

  PerplexityCommand(Console console) {
    this.console = console;
  }

  /** Perplexity per token and bits per character of a text or a whole article. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SentenceFigures(String text, int tokens, double perplexity, double bitsPerChar) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArticleFigures(String id, String source, Integer tokens, Double perplexity, Double bitsPerChar,
      List<SentenceFigures> sentences, String error) {}

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("jsonl")) {
      return console.usageError("--format must be table or jsonl, got " + format);
    }
    LanguageModel model;
    try {
      model = BuiltInModels.requireLanguageModel(lm, 1);
    } catch (IOException e) {
      return console.usageError("cannot load language model: " + e.getMessage());
    }
    Segmenter segmenter = DefaultPipeline.segmenter();
    ObjectWriter json = Json.mapper().writer();
    int scored = 0;
    int failed = 0;
    try (model; Writer out = console.openOutput(null);
        InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
      if (format.equals("table")) {
        out.write(String.format(Locale.ROOT, "%8s  %10s  %12s  %s%n", "TOKENS", "PERPLEXITY", "BITS/CHAR", "ID"));
      }
      while (reader.hasNext()) {
        InputItem item = reader.next();
        ArticleFigures figures = measure(item, segmenter, model);
        if (figures.error() != null) {
          console.itemError(item.source(), figures.error());
          failed++;
        } else {
          scored++;
        }
        if (format.equals("jsonl")) {
          out.write(json.writeValueAsString(figures));
          out.write('\n');
        } else if (figures.error() == null) {
          out.write(String.format(Locale.ROOT, "%8d  %10.1f  %12.3f  %s%n",
              figures.tokens(), figures.perplexity(), figures.bitsPerChar(), figures.id()));
        }
        out.flush();
      }
    }
    return ExitCodes.of(scored, failed);
  }

  private static ArticleFigures measure(InputItem item, Segmenter segmenter, LanguageModel model) {
    if (item instanceof InputItem.Unreadable bad) {
      return new ArticleFigures(bad.id(), bad.source(), null, null, null, null, bad.reason());
    }
    SegmentedArticle article = segmenter.segment(((InputItem.Readable) item).article());
    if (article.sentences().isEmpty()) {
      return new ArticleFigures(item.id(), item.source(), null, null, null, null, "no article text to score");
    }
    // The whole paragraph so far is context; the model keeps what fits its window.
    List<TokenScores> scores = model.scoreAll(LanguageModelSignal.requests(article, Integer.MAX_VALUE));
    List<SentenceFigures> sentences = new ArrayList<>();
    double nats = 0;
    int tokens = 0;
    int chars = 0;
    for (int i = 0; i < scores.size(); i++) {
      TokenScores s = scores.get(i);
      String sentence = article.sentences().get(i).text();
      sentences.add(new SentenceFigures(sentence, s.size(), Math.exp(s.totalNats() / Math.max(1, s.size())),
          s.totalNats() / Math.log(2) / Math.max(1, sentence.length())));
      nats += s.totalNats();
      tokens += s.size();
      chars += sentence.length();
    }
    return new ArticleFigures(item.id(), item.source(), tokens, Math.exp(nats / Math.max(1, tokens)),
        nats / Math.log(2) / Math.max(1, chars), sentences, null);
  }
}
