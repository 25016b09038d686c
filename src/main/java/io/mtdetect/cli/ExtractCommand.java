package io.mtdetect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mtdetect.core.Messages;
import io.mtdetect.eval.BenchmarkPages;
import io.mtdetect.eval.DomainHalf;
import io.mtdetect.eval.ShingleMatch;
import io.mtdetect.eval.Snippets;
import io.mtdetect.eval.WordF1;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.html.ArticleExtractor;
import io.mtdetect.ingest.html.ExtractedPage;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

  @Option(names = "--domains", paramLabel = "tune|held", description = {
      "With --eval, only the pages of one half of the domains (split by a hash of the page's host): tune rules on",
      "one half, report on the other, so no domain of the reported pages was seen in tuning."})
  DomainHalf domains;

  private final Console console;
  private ArticleExtractor extractor; // built in call(): every command is constructed at start-up, few extract

  ExtractCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    extractor = new ArticleExtractor();
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
          console.itemError(page.toString(), extracted.noBodyReason());
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

  /** One benchmark page's result: its type (WCXB's pageType, or "article"), both metrics, snippet counts. */
  private record PageScore(String id, String type, boolean refused, ShingleMatch.Counts shingles, WordF1.Counts words,
      int with, int withFound, int without, int withoutKept, String readAs, boolean refusedWithoutProse) {}

  private int evaluate() throws IOException {
    Path truthFile = BenchmarkPages.truthFile(evalDir);
    if (!Files.isRegularFile(truthFile)) {
      return console.usageError(truthFile + " not found (an --eval folder holds ground-truth.json and html/)");
    }
    List<BenchmarkPages.Page> benchmark;
    try {
      benchmark = BenchmarkPages.read(evalDir, domains);
    } catch (IOException e) {
      return console.usageError("cannot read " + truthFile + ": " + Messages.of(e));
    }
    List<PageScore> scores = new ArrayList<>();
    int missing = 0;
    int fromJsonLd = 0;
    for (BenchmarkPages.Page page : benchmark) {
      JsonNode expected = page.truth();
      String predicted = "";
      boolean refused = false;
      String readAs = "unreadable";
      boolean refusedWithoutProse = false;
      try {
        ExtractedPage extracted = extract(page.html(), page.url());
        // Scored as a user gets it: a page refused as a listing yields no body.
        refused = extracted.looksLikeListing();
        readAs = extracted.pageType().label();
        // Word F1 measures extraction; a product page without prose is refused by score, counted apart.
        refusedWithoutProse = !refused && !extracted.hasBody() && !extracted.paragraphs().isEmpty();
        predicted = extracted.hasBody() ? extracted.body() : "";
        if (extracted.method().equals("json-ld")) {
          fromJsonLd++;
        }
      } catch (IOException e) {
        console.itemError(page.html().toString(), Messages.of(e));
        missing++;
      }
      String body = page.articleBody();
      List<String> with = strings(expected.path("with"));
      List<String> without = strings(expected.path("without"));
      scores.add(new PageScore(page.id(), page.pageType(), refused, ShingleMatch.compare(body, predicted),
          WordF1.compare(body, predicted), with.size(), Snippets.found(with, predicted), without.size(),
          Snippets.found(without, predicted), readAs, refusedWithoutProse));
    }
    if (worst > 0) {
      List<PageScore> byF1 = new ArrayList<>(scores);
      byF1.sort(Comparator.comparingDouble(p -> p.words().f1()));
      for (PageScore p : byF1.subList(0, Math.min(worst, byF1.size()))) {
        console.out().printf(Locale.ROOT, "  %s  %-13s wordF1 %.3f (precision %.3f, recall %.3f)  shingles tp %.2f fp %.2f fn %.2f%n",
            p.id(), p.type(), p.words().f1(), p.words().precision(), p.words().recall(), p.shingles().tp(),
            p.shingles().fp(), p.shingles().fn());
      }
    }
    Map<String, List<PageScore>> byType = new TreeMap<>();
    scores.forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
    if (byType.size() > 1) {
      byType.forEach((type, pages) -> console.out().printf(Locale.ROOT, "  %-13s pages %4d  wordF1 %.3f  refused as listing %.3f%n",
          type, pages.size(), WordF1.meanF1(pages.stream().map(PageScore::words).toList()),
          share((int) pages.stream().filter(PageScore::refused).count(), pages.size())));
      // How mtdetect's page type (the record's pageType) reads each of the benchmark's types.
      byType.forEach((type, pages) -> {
        Map<String, Long> readAs = new TreeMap<>();
        pages.forEach(p -> readAs.merge(p.readAs(), 1L, Long::sum));
        console.out().printf(Locale.ROOT, "  %-13s read as %s; refused without prose %.3f%n", type, readAs,
            share((int) pages.stream().filter(PageScore::refusedWithoutProse).count(), pages.size()));
      });
    }
    int with = scores.stream().mapToInt(PageScore::with).sum();
    int without = scores.stream().mapToInt(PageScore::without).sum();
    if (with + without > 0) {
      int found = scores.stream().mapToInt(PageScore::withFound).sum();
      int kept = scores.stream().mapToInt(PageScore::withoutKept).sum();
      console.out().printf(Locale.ROOT, "snippets: with found %.3f (%d of %d)  without kept %.3f (%d of %d)%n",
          share(found, with), found, with, share(kept, without), kept, without);
    }
    console.out().printf(Locale.ROOT, "body from JSON-LD on %d pages; refused as listing %d; unreadable %d%n", fromJsonLd,
        scores.stream().filter(PageScore::refused).count(), missing);
    ShingleMatch.Summary s = ShingleMatch.summarise(scores.stream().map(PageScore::shingles).toList());
    console.out().printf(Locale.ROOT, "pages %d  F1 %.3f  precision %.3f  recall %.3f  wordF1 %.3f%n", s.pages(), s.f1(),
        s.precision(), s.recall(), WordF1.meanF1(scores.stream().map(PageScore::words).toList()));
    return missing == scores.size() ? ExitCodes.NOTHING_SCORED_OR_USAGE : ExitCodes.OK;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
