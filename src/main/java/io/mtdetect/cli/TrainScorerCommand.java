package io.mtdetect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mtdetect.eval.DocumentSplit;
import io.mtdetect.eval.EvalReport;
import io.mtdetect.eval.Evaluation;
import io.mtdetect.eval.LabelledArticles;
import io.mtdetect.eval.LengthStrata;
import io.mtdetect.eval.Metrics;
import io.mtdetect.score.ArticleScorer;
import io.mtdetect.score.fit.FeatureSelection;
import io.mtdetect.score.fit.FluentDetectorFitter;
import io.mtdetect.score.fit.ScorerTraining;
import io.mtdetect.score.fit.TrainingSplit;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.score.ArtefactRates;
import io.mtdetect.score.EvidenceChannel;
import io.mtdetect.score.LengthShrinkage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-scorer", mixinStandardHelpOptions = true,
    description = "Fit the sentence and article logistic models on the training split of labelled articles; write scorer.json.")
final class TrainScorerCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Labelled articles (JSONL with segments[].label gives sentence labels).")
  List<String> inputs;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "CSV id,label[,group].")
  Path labelsFile;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the scorer (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models/scorer.json");

  @Option(names = "--lm", paramLabel = "DIR|hf:NAME|none", description = "Language model (default: the built-in models/lm).")
  String lm;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write the held-out split's eval report (report.md, roc.svg) to DIR.")
  Path report;

  @Option(names = "--results", paramLabel = "FILE",
      description = "Fit on saved results of the inputs (score --format jsonl) instead of scoring them again.")
  Path results;

  @Option(names = "--holdout-groups", paramLabel = "REGEX",
      description = "Articles whose group matches are never fitted on and are reported apart (leave-one-language-,"
          + " system- or pivot-out).")
  String holdoutGroups;

  @Option(names = "--holdout-part", paramLabel = "PART",
      description = "Which documents of the held-out groups are scored: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
          + " test keeps out documents an upstream model (the classifier) was trained on.")
  DocumentSplit.Part holdoutPart = DocumentSplit.Part.ALL;

  @Option(names = "--drop-features", paramLabel = "REGEX",
      description = "Fit without the sentence features whose names match (an ablation that refits).")
  String dropFeatures;

  @Option(names = "--article-model", paramLabel = "KIND",
      description = "The fluent detector's article model: logistic (sign-constrained), or boosted_trees (gradient-boosted"
          + " trees, Platt-calibrated on a held-out quarter of the training documents; not monotone, for comparison)"
          + " (default: ${DEFAULT-VALUE}).")
  FluentDetectorFitter.ArticleModelKind articleModelKind = FluentDetectorFitter.ArticleModelKind.logistic;

  @Option(names = "--trees", description = "Boosting rounds (default: ${DEFAULT-VALUE}).") int trees = 150;
  @Option(names = "--tree-depth", description = "Depth of each tree (default: ${DEFAULT-VALUE}).") int treeDepth = 3;

  @Option(names = "--artefact-rates", paramLabel = "FILE",
      description = "Build the evidence channel from these measured artefact rates (artefact-rates --json; repeatable,"
          + " the sets of all files pooled); its weighted kinds leave the statistical models. Without it the channel"
          + " weighs nothing.")
  List<Path> artefactRates;

  @Option(names = "--drop-rate-sets", paramLabel = "REGEX",
      description = "Ignore the --artefact-rates sets whose names match (leave-one-out: the left-out engine's own rates"
          + " do not weigh its artefacts).")
  String dropRateSets;

  @Option(names = "--refresh-artefacts",
      description = "Re-run the artefact detectors on the saved results (--results) before fitting, so a changed"
          + " detector needs no new scoring pass.")
  boolean refreshArtefacts;

  @Option(names = "--blend-feature", paramLabel = "NAME|none",
      description = "The sentence feature whose article mean is averaged, with equal weight, into the fluent detector's"
          + " log-odds when the training articles carry it, e.g. translationese.machineProbability from an --overlay"
          + " (default: ${DEFAULT-VALUE}).")
  String blendFeature = "none";

  @Option(names = "--overlay", paramLabel = "FILE",
      description = "Set one sentence feature of the saved results from a TSV (train-ngram --out-of-fold): the"
          + " cross-fitted probabilities the stack is fitted on. Repeatable. Features named baseline.* are only reported"
          + " (the held-out groups' article AUC of their article mean), never fitted on.")
  List<Path> overlays = new ArrayList<>();

  @Option(names = "--excerpts", split = ",", paramLabel = "K",
      description = "Also fit short texts on the first K sentences of every training article (e.g. 1,2,3,5), derived"
          + " from its saved result (pipeline/ResultExcerpts); mixed round trips are left out. Excerpts scored on their"
          + " own (scripts/make-excerpts: groups GROUP/firstK) are used as given.")
  List<Integer> excerptSizes = new ArrayList<>();

  @Option(names = "--dry-run", description = "Report only; do not write the scorer.") boolean dryRun;

  @Option(names = "--ridge", description = "L2 penalty on the standardised weights (default: ${DEFAULT-VALUE}).")
  double ridge = 1e-4;

  @Option(names = "--garbled-ridge", description = "L2 penalty of the garbled detector: larger spreads its weight over"
      + " correlated error densities instead of the few that separate the fitted pivots (default: ${DEFAULT-VALUE}).")
  double garbledRidge = 0.1;

  @Option(names = "--garbled-false-alarms", paramLabel = "SHARE",
      description = "The share of human texts of the training split (English originals at every length, professional"
          + " translations) that the garbled detector alone may call machine-translated (default: ${DEFAULT-VALUE}).")
  double garbledFalseAlarms = 0.01;

  @Option(names = "--garbled-groups", paramLabel = "REGEX",
      description = "Groups of garbled machine translation: the garbled detector's positives, left out of the fluent"
          + " detector's fit (default: ${DEFAULT-VALUE}: the Apertium spa/cat round trips).")
  String garbledGroups = "^(full|mixed)-";

  @Option(names = "--fluent-sees-garbled",
      description = "Fit the fluent detector on the garbled groups too (by default they are the garbled detector's alone).")
  boolean fluentSeesGarbled;

  @Option(names = "--no-garbled-detector", description = "Fit the fluent detector alone (an ablation).")
  boolean noGarbledDetector;
  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed = 42;
  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

  /**
   * Disclosure footers stay in the statistical channel with their documented prior: no machine-translated
   * set carries one, so no rate can weigh them.
   */
  private static final java.util.Set<String> NOT_IN_CHANNEL = java.util.Set.of("disclosure");

  @Option(names = "--web-false-alarms", paramLabel = "SHARE",
      description = "The share of real web pages (label group web/…, training split) that may reach machine-translated;"
          + " four times as many may be called anything but clean (default: ${DEFAULT-VALUE}).", defaultValue = "0.05")
  double webFalseAlarms;

  @Option(names = "--no-translation-bounds",
      description = "Set the verdict thresholds on English originals only, not on professional translations too.")
  boolean noTranslationBounds;

  /**
   * The built-in classifier was trained on the training documents of cs, de, ha, ru and zh-en
   * (models/lm/MODEL_CARD.md): their references look more human to it than any unseen translation will,
   * so only the other languages' references can say where human translations of unseen text fall.
   */
  @Option(names = "--translation-bound-groups", paramLabel = "REGEX",
      description = "The professional translations whose scores bound the thresholds: those no upstream model trained on"
          + " (default: ${DEFAULT-VALUE}).")
  String translationBoundGroups = "^(is|ja)-en/human";

  @Option(names = "--articles", paramLabel = "FILE",
      description = "Also write every held-out article (the test split, then the held-out groups) as CSV, as eval"
          + " --articles does: its probability, verdict and each detector's probability.")
  Path articlesCsv;

  @Option(names = "--garbled-gate", paramLabel = "LOGODDS",
      description = "How far below its human false-alarm anchor the garbled detector still adds to the verdict, in its"
          + " model's log-odds (default: everywhere).")
  Double garbledGate;

  @Option(names = "--garbled-drop-features", paramLabel = "REGEX",
      description = "Fit the garbled detector without the signals whose names match (an ablation of that detector alone).")
  String garbledDropFeatures;

  @Option(names = "--garbled-translation-bounds", paramLabel = "REGEX",
      description = "The professional translations that bound the garbled detector's placement (default: the"
          + " --translation-bound-groups).")
  String garbledTranslationBounds;

  @Option(names = "--article-means", paramLabel = "WEIGHTING",
      description = "How the article means of sentence signals weigh each sentence: sentences (each alike) or words"
          + " (by its word count; artefact counts stay per sentence). Default: as the built-in scorer.")
  ScorerModel.MeanWeighting articleMeans;

  /** How the fluent detector's short-text shrinkage measures a text. */
  enum ShortTextLength { sentences, words }

  @Option(names = "--short-text-length", paramLabel = "UNIT",
      description = "How the fluent detector's short-text shrinkage measures a text: sentences, or words (its sentences,"
          + " but at most its words over the training articles' median sentence: a three-word fragment is not a"
          + " sentence of news). Default: ${DEFAULT-VALUE}.")
  ShortTextLength shortTextLength = ShortTextLength.words;

  @Option(names = "--evidence-exposure", paramLabel = "BOOLEAN", arity = "1",
      description = "Whether an artefact's likelihood ratio counts the sentences it was not found in (the Poisson"
          + " ratio: one artefact in a 250-sentence page is less evidence than one in a short article). Default:"
          + " ${DEFAULT-VALUE}.")
  boolean evidenceExposure = true;

  private final Console console;

  TrainScorerCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ScorerModel bundled = ScorerModel.bundled();
    ScorerModel base = articleMeans == null ? bundled
        : new ScorerModel(bundled.sentence(), bundled.article().withMeans(articleMeans), bundled.thresholds(),
            bundled.evidence(), bundled.shortText(), bundled.garbled());
    List<LabelledArticles.Item> items;
    try {
      items = results != null ? LabelledScoring.fromResults(console, results, inputs, labelsFile)
          : LabelledScoring.score(console, inputs, labelsFile, base, lm, threads, DocumentSplit.Part.ALL);
    } catch (LabelledScoring.Failed e) {
      return e.exitCode;
    }
    if (refreshArtefacts) {
      io.mtdetect.pipeline.ArtefactRefresh refresh = new io.mtdetect.pipeline.ArtefactRefresh();
      items = items.parallelStream().map(i -> new LabelledArticles.Item(refresh.refresh(i.result()), i.label(), i.group(),
          i.sentenceLabels())).toList();
    }
    List<io.mtdetect.pipeline.FeatureOverlay> read = new ArrayList<>();
    for (Path file : overlays) {
      try {
        read.add(io.mtdetect.pipeline.FeatureOverlay.read(file));
      } catch (IOException e) {
        return console.usageError("cannot read overlay " + file + ": " + e.getMessage());
      }
    }
    // the excerpts train-scorer derives get their own rows too: an out-of-fold file holds excerpts as well
    java.util.function.UnaryOperator<io.mtdetect.core.ArticleResult> overlaid = r -> {
      for (io.mtdetect.pipeline.FeatureOverlay overlay : read) {
        r = overlay.apply(r);
      }
      return r;
    };
    if (!read.isEmpty()) {
      items = items.parallelStream().map(i -> new LabelledArticles.Item(overlaid.apply(i.result()), i.label(), i.group(),
          i.sentenceLabels())).toList();
    }
    EvidenceChannel channel = EvidenceChannel.NONE;
    double disclosureWeight = io.mtdetect.score.fit.DisclosureWeight.UNMEASURED;
    if (artefactRates != null) {
      try {
        List<String> kinds = io.mtdetect.signals.Artefacts.KINDS.stream().map(io.mtdetect.signals.Artefacts.Kind::feature)
            .filter(k -> !NOT_IN_CHANNEL.contains(k)).toList();
        List<ArtefactRates.Set> sets = new ArrayList<>();
        java.util.regex.Pattern droppedSets = dropRateSets == null ? null : java.util.regex.Pattern.compile(dropRateSets);
        for (Path file : artefactRates) {
          ArtefactRates.read(file).sets().stream()
              .filter(set -> droppedSets == null || !droppedSets.matcher(set.name()).find()).forEach(sets::add);
        }
        ArtefactRates measured = new ArtefactRates(null, sets);
        channel = EvidenceChannel.fromRates(measured, kinds, EvidenceChannel.MAX_PER_KIND,
            EvidenceChannel.MAX_LOG_LIKELIHOOD_RATIO, evidenceExposure);
        disclosureWeight = io.mtdetect.score.fit.DisclosureWeight.fromRates(measured);
        console.err().printf(Locale.ROOT, "mtdetect: a disclosure weighs %.2f log-odds (measured originals' rate, %.0f%%"
            + " of reposts assumed to disclose)%n", disclosureWeight, 100 * io.mtdetect.score.fit.DisclosureWeight.DISCLOSING_REPOSTS);
      } catch (IOException | IllegalArgumentException e) {
        return console.usageError("cannot use artefact rates " + artefactRates + ": " + e.getMessage());
      }
    }
    TrainingSplit split = TrainingSplit.of(items, holdoutGroups == null ? null : Pattern.compile(holdoutGroups),
        holdoutPart, excerptSizes, overlaid);
    if (!split.hasBothLabels()) {
      return console.usageError("the training split needs articles of both labels");
    }
    FeatureSelection selection = new FeatureSelection(dropFeatures == null ? null : Pattern.compile(dropFeatures),
        java.util.Set.copyOf(channel.weightedKinds()));
    ScorerTraining.Settings settings = new ScorerTraining.Settings(selection, articleModelKind, trees, treeDepth, ridge,
        garbledRidge, seed, Pattern.compile(garbledGroups), !noGarbledDetector, fluentSeesGarbled, garbledFalseAlarms,
        noTranslationBounds ? null : Pattern.compile(translationBoundGroups), disclosureWeight,
        io.mtdetect.score.fit.ThresholdFitter.WebBounds.of(webFalseAlarms), "none".equals(blendFeature) ? null : blendFeature,
        garbledTranslationBounds == null ? null : Pattern.compile(garbledTranslationBounds), garbledGate,
        garbledDropFeatures == null ? null : selection.alsoDropping(Pattern.compile(garbledDropFeatures)),
        shortTextLength == ShortTextLength.words);
    ScorerTraining.Result result = new ScorerTraining(settings).fit(base, channel, split);
    ScorerModel fitted = result.model();
    if (result.boundingTranslations() > 0) {
      console.err().printf(Locale.ROOT, "mtdetect: thresholds bounded by %d professional translations (/%s/, training"
          + " split) as well as English originals%n", result.boundingTranslations(), translationBoundGroups);
    }
    List<LabelledArticles.Item> test = split.test();
    List<LabelledArticles.Item> testExcerpts = split.testExcerpts();
    List<LabelledArticles.Item> heldOutGroups = split.heldOutGroups();
    ArticleScorer scorer = new ArticleScorer(fitted);
    Evaluation heldOut = new Evaluation(fitted);
    for (LabelledArticles.Item item : test) {
      heldOut.add(new LabelledArticles.Item(scorer.rescore(item.result()), item.label(), item.group(), item.sentenceLabels()));
    }
    List<Metrics.Scored> testScores = heldOut.articleScores();
    if (report != null) {
      Files.createDirectories(report);
      Files.writeString(report.resolve("report.md"), EvalReport.markdown(heldOut, fitted.thresholds().machineTranslated(),
          "mtdetect train-scorer --labels " + labelsFile + " " + String.join(" ", inputs) + " (held-out split)"));
      Files.writeString(report.resolve("roc.svg"), EvalReport.rocSvg(testScores));
    }
    if (!dryRun) {
      write(fitted, split.train().size(), result.sentenceExamples());
    }
    LengthShrinkage shortText = fitted.shortText();
    LengthShrinkage garbledShortText = fitted.garbled().shortText();
    console.err().printf(Locale.ROOT, "mtdetect: short texts: fluent prior log-odds %.1f, trust (n/(n+%.2f))^%.1f%s; garbled"
        + " prior log-odds %.1f, trust (n/(n+%.2f))^%.1f (%d training excerpts); thresholds %.4f (machine-translated),"
        + " %.4f (suspect)%n", shortText.priorLogOdds(), shortText.halfTrustSentences(), shortText.power(),
        shortText.wordsPerSentence() > 0
            ? String.format(Locale.ROOT, " with n at most words/%.0f", shortText.wordsPerSentence()) : "",
        garbledShortText.priorLogOdds(), garbledShortText.halfTrustSentences(), garbledShortText.power(),
        split.trainExcerpts().size(), fitted.thresholds().machineTranslated(), fitted.thresholds().suspect());
    if (fitted.garbled().model() != null) {
      console.err().printf(Locale.ROOT, "mtdetect: garbled detector: %s; calibrated beside the fluent detector: %s%n",
          fitted.garbled().model().weights(), fitted.garbled().calibration());
    }
    channel.kinds().forEach((kind, k) -> console.err().printf(Locale.ROOT,
        "mtdetect: evidence channel: %-32s originals %.4f‰, machine %.4f‰ (%s): %.2f per occurrence%n", kind,
        1000 * k.originalRate(), 1000 * k.machineRate(), k.machineSet() == null ? "no set" : k.machineSet(), k.weight()));
    if (result.boundingWebPages() > 0) {
      console.err().printf(Locale.ROOT, "mtdetect: thresholds bounded by %d web pages (web/…, training split)%n",
          result.boundingWebPages());
    }
    webPageReport(scorer, fitted, split.webTest());
    if (!testExcerpts.isEmpty()) {
      List<LabelledArticles.Item> heldOutTexts = new ArrayList<>(test);
      heldOutTexts.addAll(testExcerpts);
      console.err().print(LengthStrata.report(scorer, heldOutTexts));
    }
    console.err().printf(Locale.ROOT,
        "mtdetect: fitted on %d articles (%d sentences); held-out %d articles: article AUC %.3f, FPR %.3f at %.3f%s%n",
        split.train().size(), result.sentenceExamples(), test.size(), Metrics.rocAuc(testScores),
        Metrics.confusion(testScores, fitted.thresholds().machineTranslated()).falsePositiveRate(),
        fitted.thresholds().machineTranslated(), dryRun ? "" : "; wrote " + out);
    Evaluation groups = new Evaluation(fitted);
    for (LabelledArticles.Item item : heldOutGroups) {
      groups.add(new LabelledArticles.Item(scorer.rescore(item.result()), item.label(), item.group(), item.sentenceLabels()));
    }
    if (articlesCsv != null) {
      List<LabelledArticles.Item> all = new ArrayList<>(heldOut.items());
      all.addAll(groups.items());
      io.mtdetect.eval.ArticleTable.write(articlesCsv, all);
    }
    if (!heldOutGroups.isEmpty()) {
      // Machine translations of a held-out group against everything human that was held out with them,
      // or (when only machine translations were held out) against the held-out documents' human articles.
      List<Metrics.Scored> scores = new ArrayList<>(groups.articleScores());
      if (scores.stream().noneMatch(x -> x.label() == 0)) {
        heldOut.articleScores().stream().filter(x -> x.label() == 0).forEach(scores::add);
      }
      console.out().printf(Locale.ROOT, "held-out groups /%s/: %d articles, article AUC %.3f, sentence AUC %.3f%s%n",
          holdoutGroups, scores.size(), Metrics.rocAuc(scores), groups.overall().sentenceAuc(),
          baselines(scorer, heldOutGroups, test, scores.stream().anyMatch(x -> x.label() == 0)
              && groups.articleScores().stream().noneMatch(x -> x.label() == 0)));
      if (report != null) {
        Files.writeString(report.resolve("held-out-groups.md"), EvalReport.markdown(groups,
            fitted.thresholds().machineTranslated(), "mtdetect train-scorer --holdout-groups '" + holdoutGroups + "'"));
      }
    }
    return ExitCodes.OK;
  }

  /** The held-out web pages by group (page type): how many the fitted thresholds flag, and call anything but clean. */
  private void webPageReport(ArticleScorer scorer, ScorerModel fitted, List<LabelledArticles.Item> pages) {
    java.util.Map<String, List<Double>> byGroup = new java.util.TreeMap<>();
    for (LabelledArticles.Item page : pages) {
      byGroup.computeIfAbsent(page.group(), g -> new ArrayList<>()).add(scorer.rescore(page.result()).mtProbability());
    }
    byGroup.forEach((group, p) -> console.err().printf(Locale.ROOT,
        "mtdetect: held-out %-20s %4d pages: machine-translated %5.1f%%, not clean %5.1f%%%n", group, p.size(),
        100.0 * p.stream().filter(x -> x >= fitted.thresholds().machineTranslated()).count() / p.size(),
        100.0 * p.stream().filter(x -> x >= fitted.thresholds().suspect()).count() / p.size()));
  }

  /**
   * Each baseline feature's article AUC (the article mean of its sentence values) on the held-out groups,
   * scored against the same human articles as the scorer: ", baseline NAME article AUC X" per feature.
   */
  private static String baselines(ArticleScorer scorer, List<LabelledArticles.Item> heldOut,
      List<LabelledArticles.Item> test, boolean humanFromTest) {
    List<LabelledArticles.Item> scored = new ArrayList<>(heldOut);
    if (humanFromTest) {
      test.stream().filter(i -> i.label() == 0).forEach(scored::add);
    }
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    scored.forEach(i -> i.result().sentences().forEach(s -> s.signals().keySet().stream()
        .filter(n -> n.startsWith(FeatureSelection.BASELINE_PREFIX)).forEach(names::add)));
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      List<Metrics.Scored> scores = scored.stream().filter(i -> !i.result().sentences().isEmpty())
          .map(i -> new Metrics.Scored(i.result().sentences().stream()
              .mapToDouble(s -> s.signals().getOrDefault(name, 0.0)).average().orElse(0), i.label())).toList();
      // Beside it, the mean of the two rank-normalised scores: what a stack that trusted the baseline as
      // much as the scorer would reach (a diagnostic of whether their errors differ).
      List<LabelledArticles.Item> kept = scored.stream().filter(i -> !i.result().sentences().isEmpty()).toList();
      double[] ours = kept.stream().mapToDouble(i -> scorer.rescore(i.result()).mtProbability()).toArray();
      double[] theirs = scores.stream().mapToDouble(Metrics.Scored::score).toArray();
      double[] a = Metrics.averageRanks(ours);
      double[] b = Metrics.averageRanks(theirs);
      List<Metrics.Scored> averaged = new ArrayList<>();
      for (int k = 0; k < kept.size(); k++) {
        averaged.add(new Metrics.Scored(a[k] + b[k], kept.get(k).label()));
      }
      out.append(String.format(Locale.ROOT, ", %s article AUC %.3f (rank average with the scorer %.3f)", name,
          Metrics.rocAuc(scores), Metrics.rocAuc(averaged)));
    }
    return out.toString();
  }

  private void write(ScorerModel fitted, int articles, int sentences) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("version", 1);
    root.put("provenance", String.format(Locale.ROOT,
        "fitted by `mtdetect train-scorer --labels %s %s%s%s` on the training split (%d%% of documents): %d articles, "
            + "%d labelled sentences; language model: %s; sentence model: sign-constrained logistic regression (ridge %s);"
            + " article model: %s; garbled detector: %s; seed %d",
        labelsFile, results == null ? "" : "--results " + results + " ",
        (artefactRates == null ? "" : artefactRates.stream().map(f -> "--artefact-rates " + f + " ")
            .collect(java.util.stream.Collectors.joining())) + (refreshArtefacts ? "--refresh-artefacts " : "")
            + overlays.stream().map(f -> "--overlay " + f + " ").collect(java.util.stream.Collectors.joining())
            + (garbledGate == null ? "" : String.format(Locale.ROOT, "--garbled-gate %s ", garbledGate))
            + "--article-means " + fitted.article().means().name().toLowerCase(Locale.ROOT) + " "
            + "--short-text-length " + shortTextLength + " "
            + (evidenceExposure ? "" : "--evidence-exposure false ")
            + (excerptSizes.isEmpty() ? "" : "--excerpts " + excerptSizes.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) + " "),
        String.join(" ", inputs), DocumentSplit.TRAIN_PERCENT, articles, sentences,
        LabelledScoring.describe(lm), ridge, articleModelKind == FluentDetectorFitter.ArticleModelKind.logistic
            ? "sign-constrained logistic regression"
            : String.format(Locale.ROOT, "%d gradient-boosted trees of depth %d (Tribuo CART), Platt-calibrated on a"
                + " held-out quarter of the training documents", trees, treeDepth),
        noGarbledDetector ? "none" : "sign-constrained logistic regression, /" + garbledGroups + "/ against English"
            + " originals and professional translations", seed));
    root.set("sentence", json.valueToTree(fitted.sentence()));
    root.set("article", json.valueToTree(fitted.article()));
    root.set("thresholds", json.valueToTree(fitted.thresholds()));
    root.set("evidence", json.valueToTree(fitted.evidence()));
    root.set("shortText", json.valueToTree(fitted.shortText()));
    root.set("garbled", json.valueToTree(fitted.garbled()));
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
  }
}
