package io.mtdetect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.core.Messages;
import io.mtdetect.eval.ShingleMatch;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.ExtractedPage;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the headline and article body mtdetect extracts from saved web pages,",
        "or measure extraction against a benchmark folder (--eval)."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PAGE", description = "Saved pages (.html, .htm, optionally .gz).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--eval", paramLabel = "DIR",
      description = "Benchmark folder: ground-truth.json (id -> articleBody) and html/<id>.html.gz.")
  Path evalDir;

  @Option(names = "--worst", paramLabel = "N", description = "With --eval, list the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
  int worst = 0;

  private final Console console;
  private final ArticleExtractor extractor = new ArticleExtractor();

  ExtractCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (evalDir != null) {
      return evaluate();
    }
    if (pages.isEmpty()) {
      return console.usageError("give at least one PAGE, or --eval DIR");
    }
    int failed = 0;
    for (Path page : pages) {
      try {
        ExtractedPage extracted = extract(page, null);
        if (!extracted.hasBody()) {
          console.itemError(page.toString(), "no article body found in the page");
          failed++;
          continue;
        }
        console.out().println("# " + (extracted.title() == null ? "(no title)" : extracted.title()));
        console.out().println("# " + page + " (" + extracted.words() + " words, from " + extracted.method() + ")");
        console.out().println(extracted.body());
        console.out().println();
      } catch (IOException e) {
        console.itemError(page.toString(), Messages.of(e));
        failed++;
      }
    }
    return ExitCodes.of(pages.size() - failed, failed);
  }

  private ExtractedPage extract(Path page, String url) throws IOException {
    if (!Files.isRegularFile(page)) {
      throw new IOException("no such file");
    }
    byte[] bytes = HtmlPages.readBytes(page, InputLimits.DEFAULT.maxArticleBytes());
    return extractor.extract(HtmlPages.parse(bytes, null, url));
  }

  private int evaluate() throws IOException {
    Path truthFile = evalDir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      return console.usageError(truthFile + " not found (an --eval folder holds ground-truth.json and html/)");
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    List<ShingleMatch.Counts> counts = new ArrayList<>();
    List<Map.Entry<String, ShingleMatch.Counts>> perPage = new ArrayList<>();
    int missing = 0;
    int fromJsonLd = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      Path page = evalDir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(page)) {
        page = evalDir.resolve("html").resolve(id + ".html");
      }
      String predicted = "";
      try {
        ExtractedPage extracted = extract(page, entry.getValue().path("url").asText(null));
        predicted = extracted.body();
        if (extracted.method().equals("json-ld")) {
          fromJsonLd++;
        }
      } catch (IOException e) {
        console.itemError(page.toString(), Messages.of(e));
        missing++;
      }
      ShingleMatch.Counts c = ShingleMatch.compare(entry.getValue().path("articleBody").asText(""), predicted);
      counts.add(c);
      perPage.add(Map.entry(id, c));
    }
    ShingleMatch.Summary s = ShingleMatch.summarise(counts);
    console.out().printf(Locale.ROOT, "pages %d  F1 %.3f  precision %.3f  recall %.3f  (body from JSON-LD on %d; unreadable %d)%n",
        s.pages(), s.f1(), s.precision(), s.recall(), fromJsonLd, missing);
    if (worst > 0) {
      perPage.sort(Comparator.comparingDouble(e -> e.getValue().tp()));
      for (Map.Entry<String, ShingleMatch.Counts> e : perPage.subList(0, Math.min(worst, perPage.size()))) {
        console.out().printf(Locale.ROOT, "  %s  tp %.2f fp %.2f fn %.2f%n", e.getKey(), e.getValue().tp(),
            e.getValue().fp(), e.getValue().fn());
      }
    }
    return missing == counts.size() ? ExitCodes.NOTHING_SCORED_OR_USAGE : ExitCodes.OK;
  }
}
