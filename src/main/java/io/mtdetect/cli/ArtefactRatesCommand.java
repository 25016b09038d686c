package io.mtdetect.cli;

import io.mtdetect.core.Article;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.eval.ArtefactTally;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.Labels;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.ingest.ParagraphCorpus;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.OrderedWindow;
import io.mtdetect.score.ArtefactRates;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.signals.Artefacts;
import io.mtdetect.signals.SentenceSignal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "artefact-rates", mixinStandardHelpOptions = true,
    description = "Count how often each round-trip artefact detector fires, per 1,000 sentences and per article,"
        + " on sets of English originals and machine translations; print a Markdown table, optionally write the"
        + " rates the scorer's evidence channel is built from.")
final class ArtefactRatesCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Labelled articles, as for eval (with --labels and --set).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--labels", paramLabel = "FILE", description = "CSV id,label,group for the INPUT articles.")
  Path labelsFile;

  @Option(names = "--set", paramLabel = "NAME=GROUP_REGEX",
      description = "A set of the INPUT articles: those whose label group matches; its side (original or machine)"
          + " comes from their labels. Repeatable; an article may fall in several sets.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--translated-by-people", paramLabel = "SET",
      description = "A --set of professional (human) translations: side 'human', neither English original nor machine."
          + " Repeatable.")
  List<String> humanTranslationSets = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "MACHINE_SET=HUMAN_SET",
      description = "The human set of the same documents in the same layout as a machine-translated set (its"
          + " originals, or the professional translations of its sources): the evidence channel counts only what the"
          + " machine set shows beyond it. Repeatable.")
  List<String> baselines = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "NAME=FILE",
      description = "A set of English originals from a paragraph corpus (one paragraph a line, a blank line between"
          + " articles, optionally gzipped), such as the allsides corpus. Repeatable.")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--max-articles", paramLabel = "N", description = "Read at most N articles of each --corpus (default: all).")
  int maxCorpusArticles = Integer.MAX_VALUE;

  @Option(names = "--split", paramLabel = "PART",
      description = "Which documents: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the evidence channel is"
          + " built from train, and test is what it is checked on.")
  DocumentSplit.Part split = DocumentSplit.Part.ALL;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the counts as JSON (what train-scorer --artefact-rates reads).")
  Path json;

  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

  private final Console console;

  ArtefactRatesCommand(Console console) {
    this.console = console;
  }

  /**
   * An article, the indexes of the sets it counts in, and whether it is labelled machine-translated
   * (a set's side follows from its articles' labels).
   */
  private record Member(Article article, int[] sets, boolean machine) {}

  /** {@code NAME=VALUE} as the options take it; {@code null} when there is no name before an '='. */
  private record Named(String name, String value) {
    static Named parse(String option) {
      int eq = option.indexOf('=');
      return eq <= 0 ? null : new Named(option.substring(0, eq), option.substring(eq + 1));
    }
  }

  @Override
  public Integer call() throws Exception {
    List<String> kinds = Artefacts.KINDS.stream().map(Artefacts.Kind::feature).toList();
    Map<String, String> labels = new LinkedHashMap<>();
    Artefacts.KINDS.forEach(k -> labels.put(k.feature(), k.label()));
    if (sets.isEmpty() && corpora.isEmpty()) {
      return console.usageError("name at least one --set or --corpus");
    }
    if (!sets.isEmpty() && (labelsFile == null || inputs.isEmpty())) {
      return console.usageError("--set needs --labels and the labelled INPUT files");
    }
    List<String> names = new ArrayList<>();
    List<Pattern> groupPatterns = new ArrayList<>();
    for (String set : sets) {
      Named named = Named.parse(set);
      if (named == null) {
        return console.usageError("--set takes NAME=GROUP_REGEX, got \"" + set + "\"");
      }
      names.add(named.name());
      try {
        groupPatterns.add(Pattern.compile(named.value()));
      } catch (java.util.regex.PatternSyntaxException e) {
        return console.usageError("--set " + set + ": not a regular expression: " + e.getDescription());
      }
    }
    List<Path> corpusFiles = new ArrayList<>();
    for (String corpus : corpora) {
      Named named = Named.parse(corpus);
      if (named == null) {
        return console.usageError("--corpus takes NAME=FILE, got \"" + corpus + "\"");
      }
      Path file = Path.of(named.value());
      if (!Files.isReadable(file)) {
        return console.usageError("cannot read corpus " + file);
      }
      names.add(named.name());
      corpusFiles.add(file);
    }
    Map<String, String> baselineOf = new LinkedHashMap<>();
    for (String pair : baselines) {
      Named named = Named.parse(pair);
      if (named == null || !names.contains(named.name()) || !names.contains(named.value())) {
        return console.usageError("--baseline takes MACHINE_SET=HUMAN_SET, both named by --set, got \"" + pair + "\"");
      }
      baselineOf.put(named.name(), named.value());
    }
    Labels labelled = null;
    if (labelsFile != null) {
      try {
        labelled = Labels.read(labelsFile, inputs);
      } catch (IOException e) {
        return console.usageError(e.getMessage());
      }
    }
    // Machine-translated articles per set decide its side once every article is counted.
    long[] machineArticles = new long[names.size()];
    List<ArtefactTally> tallies = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      tallies.add(new ArtefactTally(names.get(i), i < sets.size() ? "?" : ArtefactRates.ORIGINAL, kinds));
    }
    Segmenter segmenter = DefaultPipeline.segmenter();
    List<SentenceSignal> detectors = Artefacts.detectors();
    Progress progress = new Progress(console.err(), console.stderrIsTerminal());
    OrderedWindow window = new OrderedWindow(Math.max(1, threads), "mtdetect-artefacts");
    if (!sets.isEmpty()) {
      Labels known = labelled;
      try (InputReader reader = new InputReader(inputs, console.in(), InputLimits.DEFAULT)) {
        Iterator<Member> members = stream(reader)
            .filter(item -> item instanceof InputItem.Readable && known.article(item.id()) != null
                && split.contains(item.id()))
            .map(item -> {
              Labels.ArticleLabel label = known.article(item.id());
              int[] in = IntStream.range(0, groupPatterns.size())
                  .filter(i -> groupPatterns.get(i).matcher(label.group()).find()).toArray();
              return new Member(((InputItem.Readable) item).article(), in, label.label() == 1);
            })
            .filter(member -> member.sets().length > 0)
            .iterator();
        count(window, members, segmenter, detectors, tallies, machineArticles, progress);
      }
    }
    for (int c = 0; c < corpusFiles.size(); c++) {
      int[] in = {sets.size() + c};
      try (ParagraphCorpus corpus = new ParagraphCorpus(names.get(in[0]), corpusFiles.get(c))) {
        Iterator<Member> members = stream(corpus).limit(maxCorpusArticles)
            .filter(article -> split.contains(article.id()))
            .map(article -> new Member(article, in, false))
            .iterator();
        count(window, members, segmenter, detectors, tallies, machineArticles, progress);
      } catch (UncheckedIOException e) {
        progress.clear();
        return console.usageError("cannot read corpus " + corpusFiles.get(c) + ": " + e.getMessage());
      }
    }
    progress.clear();
    List<ArtefactRates.Set> counted = new ArrayList<>();
    for (int i = 0; i < tallies.size(); i++) {
      ArtefactRates.Set s = tallies.get(i).snapshot();
      String side = s.side();
      if (i < sets.size()) {
        side = machineArticles[i] == s.articles() ? ArtefactRates.MACHINE
            : machineArticles[i] != 0 ? "mixed"
            : humanTranslationSets.contains(s.name()) ? ArtefactRates.HUMAN : ArtefactRates.ORIGINAL;
      }
      counted.add(new ArtefactRates.Set(s.name(), side, s.articles(), s.sentences(), s.counts(), s.articlesWith(),
          baselineOf.get(s.name())));
    }
    console.out().print(ArtefactTally.markdown(counted, kinds, labels));
    console.out().println();
    console.out().printf(Locale.ROOT, "Each cell: occurrences per 1,000 sentences / %% of articles with at least one"
        + " (%s documents).%n", split.name().toLowerCase(Locale.ROOT));
    if (json != null) {
      new ArtefactRates("mtdetect artefact-rates --split " + split.name().toLowerCase(Locale.ROOT)
          + (sets.isEmpty() ? "" : " --labels " + labelsFile + " " + String.join(" ", inputs) + " --set '"
              + String.join("' --set '", sets) + "'")
          + humanTranslationSets.stream().map(h -> " --translated-by-people '" + h + "'").collect(java.util.stream.Collectors.joining())
          + baselines.stream().map(b -> " --baseline '" + b + "'").collect(java.util.stream.Collectors.joining()) + (corpora.isEmpty() ? "" : " --corpus " + String.join(" --corpus ", corpora))
          + (maxCorpusArticles == Integer.MAX_VALUE ? "" : " --max-articles " + maxCorpusArticles), counted).write(json);
    }
    return ExitCodes.OK;
  }

  /** A lazy, sequential stream over an iterator: read-ahead stays the window's. */
  private static <T> Stream<T> stream(Iterator<T> iterator) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
  }

  private static void count(OrderedWindow window, Iterator<Member> members, Segmenter segmenter,
      List<SentenceSignal> detectors, List<ArtefactTally> tallies, long[] machineArticles, Progress progress)
      throws InterruptedException {
    window.<Member, List<SentenceFindings>, RuntimeException>run(members, member -> {
      SegmentedArticle segmented = segmenter.segment(member.article());
      List<SentenceFindings> findings = SentenceFindings.forSentences(segmented.sentences().size());
      for (SentenceSignal detector : detectors) {
        detector.analyse(segmented, findings);
      }
      return findings;
    }, (member, findings) -> {
      progress.itemDone();
      if (!findings.isEmpty()) {
        for (int set : member.sets()) {
          tallies.get(set).add(findings);
          machineArticles[set] += member.machine() ? 1 : 0;
        }
      }
    });
  }
}
