package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.ngram.NgramModel;
import io.mtdetect.pipeline.FeatureOverlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNgramCommandTest {
  @TempDir Path dir;

  /** 24 documents in two languages, each as a stilted "machine" version and a plain "human" one. */
  private Path[] writeData() throws IOException {
    return writeData("cs", "de");
  }

  /** 24 documents spread over {@code languages}, each as a stilted "machine" version and a plain "human" one. */
  private Path[] writeData(String... languages) throws IOException {
    String[] places = {"Geneva", "Vienna", "Paris", "Kyiv", "Minsk", "Doha", "Oslo", "Rome", "Cairo", "Lima", "Bern", "Riga"};
    List<String> articles = new ArrayList<>();
    StringBuilder labels = new StringBuilder("id,label,group\n");
    for (int i = 0; i < 24; i++) {
      String lang = languages[i % languages.length];
      String place = places[i % places.length];
      articles.add("{\"id\":\"" + lang + ":doc" + i + "#mt\",\"text\":\"The ministers will carry out talks in " + place
          + " in the framework of the agreement. Officials carry out consultations in the framework of the plan.\"}");
      articles.add("{\"id\":\"" + lang + ":doc" + i + "#human\",\"text\":\"The ministers will hold talks in " + place
          + " under the agreement. Officials hold consultations under the plan.\"}");
      labels.append(lang).append(":doc").append(i).append("#mt,1,").append(lang).append("-en/Online-A\n");
      labels.append(lang).append(":doc").append(i).append("#human,0,").append(lang).append("-en/human\n");
    }
    Path input = Files.write(dir.resolve("articles.jsonl"), articles);
    Path labelFile = Files.writeString(dir.resolve("labels.csv"), labels.toString());
    Path results = dir.resolve("results.jsonl");
    Cli.Run scored = Cli.run("score", "--lm", "none", "-q", "--format", "jsonl", "--out", results.toString(), input.toString());
    assertEquals(0, scored.exit(), scored.err());
    return new Path[] {input, labelFile, results};
  }

  @Test
  void fitsTheModelAndWritesOutOfFoldProbabilitiesPerFamily() throws IOException {
    Path[] data = writeData();
    Path model = dir.resolve("ngram");
    Path oof = dir.resolve("oof.tsv");
    Cli.Run r = Cli.run("train-ngram", "--results", data[2].toString(), "--labels", data[1].toString(), "--out",
        model.toString(), "--out-of-fold", oof.toString(), "--dimension-bits", "14", data[0].toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(NgramModel.isModelDirectory(model), r.err());
    assertTrue(r.err().contains("fold wmt-cs") && r.err().contains("fold wmt-de"), r.err());
    // every sentence of every article has its out-of-fold value, from the model that never saw its language
    List<String> rows = Files.readAllLines(oof);
    assertEquals("id\tsentence\tngram.machineProbability", rows.get(0));
    assertEquals(48 * 2 + 1, rows.size());
    // the other language's stilted phrasing carries over: machine rows score above human rows
    double mt = meanOf(rows, "#mt\t");
    double human = meanOf(rows, "#human\t");
    assertTrue(mt > 0.5 && human < 0.5, mt + " vs " + human);
    assertEquals("ngram.machineProbability", FeatureOverlay.read(oof).feature());
  }

  @Test
  void perArticleEverySentenceCarriesItsArticlesOutOfFoldProbability() throws IOException {
    Path[] data = writeData();
    Path model = dir.resolve("article");
    Path oof = dir.resolve("oof-article.tsv");
    Cli.Run r = Cli.run("train-ngram", "--results", data[2].toString(), "--labels", data[1].toString(), "--out",
        model.toString(), "--out-of-fold", oof.toString(), "--dimension-bits", "14", "--view", "translationese",
        "--chars", "1-0", "--words", "3", "--unit", "article", "--feature", "articleTranslationese.machineProbability",
        data[0].toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("training articles") && r.err().contains("fold wmt-cs") && r.err().contains("article AUC"),
        r.err());
    List<String> rows = Files.readAllLines(oof);
    assertEquals("id\tsentence\tarticleTranslationese.machineProbability", rows.get(0));
    assertEquals(48 * 2 + 1, rows.size());
    // both sentences of an article carry one value: the article's
    java.util.Map<String, java.util.Set<String>> values = new java.util.HashMap<>();
    rows.stream().skip(1).map(l -> l.split("\t"))
        .forEach(f -> values.computeIfAbsent(f[0], k -> new java.util.HashSet<>()).add(f[2]));
    assertEquals(48, values.size());
    assertTrue(values.values().stream().allMatch(v -> v.size() == 1), values.toString());
    double mt = meanOf(rows, "#mt\t");
    double human = meanOf(rows, "#human\t");
    assertTrue(mt > human, mt + " vs " + human);
    assertTrue(Files.readString(model.resolve(NgramModel.CONFIG_FILE)).contains("--unit article"));
  }

  @Test
  void trainGroupsLimitTrainingButEveryArticleIsStillScored() throws IOException {
    Path[] data = writeData("cs", "de", "ha");
    String[] common = {"--results", data[2].toString(), "--labels", data[1].toString(), "--dimension-bits", "14",
        "--view", "translationese", "--chars", "1-0", "--words", "3", "--unit", "article"};
    Cli.Run all = Cli.run(concat(common, "--dry-run", data[0].toString()));
    Path model = dir.resolve("cs-de");
    Path oof = dir.resolve("oof-cs-de.tsv");
    Cli.Run csDe = Cli.run(concat(common, "--train-groups", "^(cs|de)-en/", "--out", model.toString(), "--out-of-fold",
        oof.toString(), data[0].toString()));
    assertEquals(0, all.exit(), all.err());
    assertEquals(0, csDe.exit(), csDe.err());
    int everyGroup = trainingArticles(all.err());
    int csAndDe = trainingArticles(csDe.err());
    assertTrue(csAndDe > 0 && csAndDe < everyGroup, csAndDe + " of " + everyGroup);
    // the Hausa articles were never trained on, yet each still has its out-of-fold row
    List<String> rows = Files.readAllLines(oof);
    assertEquals(48 * 2 + 1, rows.size());
    assertEquals(16 * 2, rows.stream().filter(l -> l.startsWith("ha:")).count());
    assertTrue(Files.readString(model.resolve(NgramModel.CONFIG_FILE)).contains("--train-groups '^(cs|de)-en/'"));
    // with one language trained on, its own fold would have nothing to learn from: one line, no stack trace
    Cli.Run csOnly = Cli.run(concat(common, "--train-groups", "^cs-en/", "--dry-run", "--out-of-fold",
        dir.resolve("oof-cs.tsv").toString(), data[0].toString()));
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, csOnly.exit());
    assertTrue(csOnly.err().contains("error: no out-of-fold model for wmt-cs") && !csOnly.err().contains("Exception"),
        csOnly.err());
  }

  private static int trainingArticles(String log) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) training articles").matcher(log);
    assertTrue(m.find(), log);
    return Integer.parseInt(m.group(1));
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length + 1];
    all[0] = "train-ngram";
    System.arraycopy(head, 0, all, 1, head.length);
    System.arraycopy(tail, 0, all, 1 + head.length, tail.length);
    return all;
  }

  @Test
  void badOptionsAreOneLine() throws IOException {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"Plain text.\"}\n");
    Path labels = Files.writeString(dir.resolve("labels.csv"), "id,label\na,0\n");
    Cli.Run r = Cli.run("train-ngram", "--results", dir.resolve("none.jsonl").toString(), "--labels", labels.toString(),
        "--chars", "x", input.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, r.exit());
    assertTrue(r.err().startsWith("mtdetect: error: bad n-gram options"), r.err());
    Cli.Run missing = Cli.run("train-ngram", "--results", dir.resolve("none.jsonl").toString(), "--labels",
        labels.toString(), input.toString());
    assertEquals(ExitCodes.NOTHING_SCORED_OR_USAGE, missing.exit());
    assertTrue(missing.err().contains("cannot read results file"), missing.err());
  }

  /** The mean out-of-fold value of the rows whose article id ends with {@code marker}. */
  private static double meanOf(List<String> rows, String marker) {
    return rows.stream().skip(1).filter(l -> l.contains(marker)).mapToDouble(l -> Double.parseDouble(l.split("\t")[2]))
        .average().orElseThrow();
  }
}
