package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.TestArticles;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SkippedLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts, programs and configuration files read as text, and articles with a block of code in them. */
class CodeBlocksTest {
  private final Segmenter segmenter = io.mtdetect.pipeline.DefaultPipeline.segmenter();

  private List<String> sentences(String text) {
    return segmenter.segment(TestArticles.textFile("x", text)).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void aShellScriptHasNoSentences() {
    String script = String.join("\n",
        "#!/usr/bin/env bash",
        "# Scores every feed of the day and keeps the flagged articles; run it from cron after the feeds are",
        "# fetched, never while they are: a feed half written reads as malformed.",
        "set -euo pipefail",
        "root=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"",
        "IN=\"data/feeds/today.xml data/feeds/yesterday.xml\"",
        "for f in $IN; do",
        "  \"$root/scripts/mtdetect\" score --format jsonl \"$f\" \\",
        "    --out \"$f.jsonl\"",
        "done",
        "if [[ -f flagged.txt ]]; then",
        "  echo \"done\"",
        "fi");
    assertEquals(List.of(), sentences(script));
  }

  @Test
  void aPythonProgramHasNoSentences() {
    String program = String.join("\n",
        "import csv, json, sys",
        "",
        "def load(path):",
        "    ids = set()",
        "    with open(path, encoding=\"utf-8\") as f:",
        "        for row in csv.DictReader(f):",
        "            ids.add(row[\"id\"])",
        "    return ids",
        "",
        "for line in open(sys.argv[2]):",
        "    print(line)");
    assertEquals(List.of(), sentences(program));
  }

  @Test
  void aJavaClassHasNoSentences() {
    String program = String.join("\n",
        "public final class WordCount {",
        "  /** Counts the tokens that hold a letter. */",
        "  public static int of(String text) {",
        "    int count = 0;",
        "    count++;",
        "    return count;",
        "  }",
        "}");
    assertEquals(List.of(), sentences(program));
  }

  @Test
  void aConfigurationFileHasNoSentences() {
    String workflow = String.join("\n",
        "name: CI",
        "on:",
        "  push:",
        "    branches: [ main ]",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - name: Set up JDK 17",
        "        with:",
        "          java-version: '17'");
    assertEquals(List.of(), sentences(workflow));
  }

  @Test
  void anArticleKeepsItsProseAroundABlockOfCode() {
    String article = String.join("\n",
        "Researchers found a flaw in the popular library on Tuesday.",
        "To check whether a machine is affected, run the following commands:",
        "cd /etc/app",
        "grep -r \"version\" config.yaml",
        "if [[ $? -eq 0 ]]; then",
        "  echo \"affected\"",
        "fi",
        "The maintainers said a fix would ship within a week.",
        "for many users the update will install itself overnight.");
    List<String> kept = sentences(article);
    assertEquals(List.of("Researchers found a flaw in the popular library on Tuesday.",
        "To check whether a machine is affected, run the following commands:",
        "The maintainers said a fix would ship within a week.",
        "for many users the update will install itself overnight."), kept);
  }

  @Test
  void everyLineBetweenFencesIsCode() {
    String article = String.join("\n",
        "The change is one line in the settings file.",
        "```",
        "Set the timeout to thirty seconds",
        "retries 3",
        "```",
        "After the change, requests no longer time out.");
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", article));
    assertEquals(List.of("The change is one line in the settings file.",
        "After the change, requests no longer time out."), a.sentences().stream().map(Sentence::text).toList());
    assertEquals(4, a.skipped().stream().filter(l -> l.reason().equals("code")).count());
  }

  @Test
  void anUnclosedFenceDoesNotSwallowTheArticle() {
    List<String> kept = sentences(String.join("\n", "The minister spoke first.", "```",
        "The talks lasted an hour.", "Both sides called them useful."));
    assertEquals(List.of("The minister spoke first.", "The talks lasted an hour.", "Both sides called them useful."),
        kept);
  }

  @Test
  void listsAndFactBoxesAreNotCodeWhenNoCodeIsNear() {
    String article = String.join("\n",
        "The review rests on three things.",
        "- By establishing and sharing a well-articulated process;",
        "- Choosing the right review team members;",
        "- Choosing a robust collaboration and review platform;",
        "Headquarters: New York, United States",
        "Founded: 1972",
        "Employees: 4,500");
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", article));
    assertEquals(4, a.sentences().size(), "the list stays prose");
    assertTrue(a.skipped().stream().map(SkippedLine::reason).noneMatch(CodeBlocks.KIND::equals));
    assertEquals(3, a.skipped().stream().filter(l -> l.reason().equals(NameLists.KIND)).count(), "a fact box");
  }

  @Test
  void commentsAreCodeOnlyBesideCode() {
    SegmentedArticle a = segmenter.segment(TestArticles.textFile("x", String.join("\n",
        "The first step installs the tool.", "# Create a file", "touch notes.txt",
        "# Check status (you'll use this constantly)", "git status")));
    assertEquals(List.of("The first step installs the tool."), a.sentences().stream().map(Sentence::text).toList());
    assertTrue(a.skipped().stream().map(SkippedLine::text).toList().contains("# Create a file"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"# Create a file", "fi", "done", "for s in 003 004; do", "count++;", "return count;",
      "def load(path):", "for line in f:", "runs-on: ubuntu-latest", "- uses: actions/checkout@v4",
      "IN=\"data/a.jsonl data/b.jsonl\"", "--dev data/dev.jsonl \\", "import csv, json, sys", "set -euo pipefail"})
  void codeLikeLines(String line) {
    assertTrue(CodeBlocks.looksLikeCode(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The minister said the talks would continue.", "Headquarters: New York, United States",
      "for many users the update will install itself overnight.", "- Choosing the right review team members;",
      "while the government said it would not comment", "local officials said the road was closed",
      "The mechanics of cached_property() are somewhat different from", "1/1/2013 +13.1%",
      "* a small handful (30g) of unsalted peanuts", "Trump said:"})
  void proseLines(String line) {
    assertFalse(CodeBlocks.looksLikeCode(line), line);
  }
}
