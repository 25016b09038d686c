package io.mtdetect.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonProseLinesTest {
  private final NonProseLines lines = new NonProseLines();

  @ParameterizedTest
  @ValueSource(strings = {
      "response = ollama.generate(model='llama3', prompt=prompt)",
      "const response = await fetch(\"https://api.example.com/v1\", {",
      "section { display: flex; }",
      "color: red;",
      "SELECT name, email FROM users WHERE user_id = 42;",
      "$ pip install requests",
      "import numpy as np",
      "if (count > 0) {",
      "});",
      "def parse_args(argv):",
      "response = ollama.generate(",
      "model='breach_analyzer',",
      "ollama.create(",
      "prompt=prompt,",
      "/boot/firmware/config.txt",
      "~/.vimrc",
      "id:5:initdefault:",
      "{\"statementLink\":\"\",\"hideMobile\":false}",
      "where T: Into<!>,",
      "impl<T, E> Result<&T, E>",
      "1.0.0 (const: 1.48.0) · Source",
      "1.70.0 (const: unstable) · Source"})
  void codeIsNotProse(String line) {
    assertEquals(Optional.of("code"), lines.classify(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$195.00", "Save $130.00", "Now €12,99", "£4.50 / month", "$679.00 $549.00", "19,99 €"})
  void pricesAreNotProse(String line) {
    assertEquals(Optional.of("price"), lines.classify(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Originally Posted by lowjhg", "khixxx said:", "On 10/29/2025 at 2:07 PM, GrinGEO said:",
      "badz wrote: ↑", "Post by ant » 12.", "karri· 4 min ago", "jori· just now", "jori connected Codex · just now",
      "Linear created the issue via Slack on behalf of karri · 2min ago", "Posted by ant | 2 hours ago"})
  void forumPostHeadersAreNotProse(String line) {
    assertEquals(Optional.of("post-header"), lines.classify(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Smith, J. A., & Jones, B. (2019). Machine translation in the wild. Journal of NLP, 12(3), 45–67.",
      "[3] Brown T, Mann B, Ryder N, et al. Language models are few-shot learners. NeurIPS 2020.",
      "Doe, J. (2021). A study of things. doi:10.1000/xyz123",
      "Vaswani A et al. (2017) Attention is all you need. arXiv:1706.03762",
      "^ a b \"The Nobel Prize\"."})
  void referenceEntriesAreNotProse(String line) {
    assertEquals(Optional.of("reference"), lines.classify(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said the talks would continue next week in Geneva.",
      "Prices rose 5% in 2023 (the highest since 1990), the bank said.",
      "Smith, who joined the firm in 2019, said the results were encouraging.",
      "Return to the office was slow: only 40% of staff came back in 2022.",
      "Russia's foreign minister, Sergei Lavrov, met Blinken in Geneva on Friday.",
      "The study, published in Nature in 2021, found a 12% rise (p < 0.05) in cases.",
      "Import duties rose by 10% in 2024.",
      "Among those who spoke were the mayor, the police chief (who had arrived late),",
      "The index fell 2.4% (to 5,120),",
      "The ticket costs $12.",
      "Shares closed at $195.00 on Friday.",
      "The minister said:",
      "Trump said:",
      "Kickoff: 8:30 p.m. ET",
      "Score: 3:2:1 after extra time.",
      "He rated it 4/5.",
      "Here is what the spokesman for the ministry of defence said:",
      "The talks collapsed two hours ago.",
      "The deal, agreed | in principle | a year ago, still stands and will be signed by both governments next week.",
      "Version 2.1.0 of the software was released on Monday with a fix for the flaw.",
      "1.5 million people voted.",
      "25.05.2024 07:43"})
  void proseStaysProse(String line) {
    assertEquals(Optional.empty(), lines.classify(line), line);
  }
}
