package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmTrainerTest {
  @TempDir Path dir;

  @Test
  void aFewStepsLowerTheLossAndTheModelReloadsForScoring() throws Exception {
    Path corpusFile = TinyCorpus.write(dir, 300);
    Corpus corpus = new Corpus(corpusFile);
    BpeTrainer.WordCounts counts = new BpeTrainer.WordCounts();
    corpus.paragraphs(Corpus.Split.TRAIN, Corpus.all(counts::add));
    Path tokenizer = dir.resolve("tokenizer.json");
    BpeTrainer.writeTokenizerJson(new BpeTrainer(320, 1).train(counts), tokenizer);

    LmConfig config = new LmConfig(320, 16, 32, 1, 2);
    LmTrainer.Options options = new LmTrainer.Options(config, 8, 1e-2f, 60, 5, 7, 1000, 20);
    Path out = dir.resolve("model");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    LmTrainer.Report report = new LmTrainer(corpus, tokenizer, new PrintStream(log)).train(options, out);

    assertEquals(60, report.steps());
    assertTrue(report.trainLoss() < report.firstLoss() - 1.0,
        "loss should fall: first " + report.firstLoss() + ", last " + report.trainLoss());
    assertTrue(Files.exists(out.resolve("config.json")) && Files.exists(out.resolve("checkpoint/state.json")));
    assertTrue(report.heldOut().bitsPerChar() > 0, report::toString);

    // Resuming continues from the checkpoint: the next run starts near the last loss, not from scratch.
    LmTrainer.Options more = new LmTrainer.Options(config, 8, 1e-2f, 70, 5, 7, 1000, 0);
    LmTrainer.Report resumed = new LmTrainer(corpus, tokenizer, new PrintStream(log)).train(more, out);
    assertEquals(70, resumed.steps());
    assertTrue(resumed.firstLoss() < report.firstLoss() - 1.0,
        "resumed at " + resumed.firstLoss() + ", fresh start was " + report.firstLoss());

    try (BuiltInLanguageModel lm = BuiltInLanguageModel.load(out, 2)) {
      TokenScores fluent = lm.score("", "The council said on Monday that the budget was approved.");
      TokenScores garbled = lm.score("", "Budget the approved council was Monday on said that the.");
      assertEquals(fluent.size(), fluent.rank().length);
      assertTrue(garbled.totalNats() > fluent.totalNats());
      List<LanguageModel.Request> requests = List.of(
          new LanguageModel.Request("", "The mayor said on Monday that the vote was delayed."),
          new LanguageModel.Request("The council met. ", "The plan would cost more."),
          new LanguageModel.Request("", "Budget."));
      List<TokenScores> batched = lm.scoreAll(requests);
      for (int i = 0; i < requests.size(); i++) {
        TokenScores single = lm.score(requests.get(i).context(), requests.get(i).text());
        assertEquals(single.size(), batched.get(i).size());
        for (int t = 0; t < single.size(); t++) {
          assertEquals(single.logProb()[t], batched.get(i).logProb()[t], 1e-4, "request " + i + " token " + t);
          assertEquals(single.rank()[t], batched.get(i).rank()[t], "request " + i + " token " + t);
        }
      }
      TokenScores withContext = lm.score("The mayor told reporters that ", "the vote was delayed.");
      assertEquals("the vote was delayed.".length(), withContext.end()[withContext.size() - 1]);
    }
  }
}
