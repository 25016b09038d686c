package io.mtdetect.classify.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.lm.BpeTrainer;
import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.lm.Corpus;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmConfig;
import io.mtdetect.lm.LmTrainer;
import io.mtdetect.lm.TinyCorpus;
import io.mtdetect.lm.TokenScores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainerTest {
  @TempDir static Path dir;
  static Path lmDir;
  static Path train;

  private static final String[] SUBJECTS = {"The minister", "The council", "The president", "The senator", "The mayor"};
  private static final String[] CLAUSES = {"the talks would continue.", "the budget was approved.",
      "the vote was delayed.", "the plan would cost more."};

  /** A tiny language model, and sentences whose label is a cue it can learn: the verb phrase. */
  @BeforeAll
  static void tinyModelAndData() throws Exception {
    Corpus corpus = new Corpus(TinyCorpus.write(dir, 300));
    BpeTrainer.WordCounts counts = new BpeTrainer.WordCounts();
    corpus.paragraphs(Corpus.Split.TRAIN, Corpus.all(counts::add));
    Path tokenizer = dir.resolve("tokenizer.json");
    BpeTrainer.writeTokenizerJson(new BpeTrainer(320, 1).train(counts), tokenizer);
    lmDir = dir.resolve("lm");
    new LmTrainer(corpus, tokenizer, new PrintStream(new ByteArrayOutputStream()))
        .train(new LmTrainer.Options(new LmConfig(320, 32, 32, 2, 2), 8, 1e-2f, 30, 5, 7, 1000, 0), lmDir);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      boolean machine = i % 2 == 0;
      String text = SUBJECTS[i % 5] + (machine ? " told reporters that " : " said on Monday that ") + CLAUSES[(i / 2) % 4];
      String context = i % 3 == 0 ? "" : SUBJECTS[(i + 1) % 5] + " said on Monday that " + CLAUSES[i % 4];
      lines.add("{\"context\": \"" + context + "\", \"text\": \"" + text + "\", \"label\": " + (machine ? 1 : 0) + "}");
    }
    train = Files.write(dir.resolve("train.jsonl"), lines);
  }

  @Test
  void trainingLowersTheLossLeavesTheLanguageModelAloneAndBatchedScoresEqualSingleOnes() throws Exception {
    Path out = dir.resolve("clf");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ClassifierTrainer.Options options = new ClassifierTrainer.Options(1, 16, 3e-3f, 4, 5, 7, 1000, Integer.MAX_VALUE);
    ClassifierTrainer.Report report = new ClassifierTrainer(new PrintStream(log)).train(lmDir, train, train, options, out);

    assertEquals(60, report.steps(), log::toString);
    assertTrue(report.trainLoss() < report.firstLoss() - 0.2,
        "loss should fall: first " + report.firstLoss() + ", last " + report.trainLoss());
    assertTrue(report.devAuc() > 0.9, "the cue is learnable: AUC " + report.devAuc());
    assertTrue(LmConfig.load(out.resolve("config.json")).hasClassifier());

    List<LanguageModel.Request> requests = List.of(
        new LanguageModel.Request("", "The mayor told reporters that the vote was delayed."),
        new LanguageModel.Request("The council met.", "The mayor said on Monday that the plan would cost more."),
        new LanguageModel.Request("", "The senator said on Monday that the budget was approved."));
    try (BuiltInLanguageModel plain = BuiltInLanguageModel.load(lmDir, 1);
        BuiltInLanguageModel withClassifier = BuiltInLanguageModel.load(out, 2)) {
      assertFalse(plain.hasClassifier());
      assertTrue(withClassifier.hasClassifier());
      List<TokenScores> batched = withClassifier.scoreAll(requests);
      for (int i = 0; i < requests.size(); i++) {
        LanguageModel.Request r = requests.get(i);
        TokenScores single = withClassifier.score(r.context(), r.text());
        TokenScores before = plain.score(r.context(), r.text());
        assertEquals(single.machineLogit(), batched.get(i).machineLogit(), 1e-4, "request " + i);
        for (int t = 0; t < single.size(); t++) {
          // The trunk is frozen: the language model's scores are those of the model it started from.
          assertEquals(before.logProb()[t], single.logProb()[t], 1e-4, "request " + i + " token " + t);
        }
      }
      assertTrue(batched.get(0).machineLogit() > batched.get(1).machineLogit());
      assertTrue(batched.get(0).machineLogit() > batched.get(2).machineLogit());
    }

    // A rerun resumes from the checkpoint instead of starting again.
    ClassifierTrainer.Options more = new ClassifierTrainer.Options(1, 16, 3e-3f, 5, 5, 7, 1000, Integer.MAX_VALUE);
    ClassifierTrainer.Report resumed = new ClassifierTrainer(new PrintStream(log)).train(lmDir, train, null, more, out);
    assertEquals(75, resumed.steps());
    assertTrue(resumed.firstLoss() < report.firstLoss(), "resumed at " + resumed.firstLoss());

    // A model that already has a branch (as the shipped one does) is a valid starting point.
    ClassifierTrainer.Options one = new ClassifierTrainer.Options(1, 16, 3e-3f, 1, 5, 7, 1000, Integer.MAX_VALUE);
    ClassifierTrainer.Report again = new ClassifierTrainer(new PrintStream(log)).train(out, train, null, one, dir.resolve("again"));
    assertEquals(15, again.steps());
  }
}
