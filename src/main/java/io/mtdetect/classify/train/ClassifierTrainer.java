package io.mtdetect.classify.train;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.ndarray.NDList;
import ai.djl.training.EasyTrain;
import ai.djl.training.GradientCollector;
import io.mtdetect.lm.Gradients;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.training.tracker.WarmUpTracker;
import ai.djl.translate.TranslateException;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.eval.Metrics;
import io.mtdetect.lm.CausalTransformer;
import io.mtdetect.lm.Djl;
import io.mtdetect.lm.LanguageModels;
import io.mtdetect.lm.LmConfig;
import io.mtdetect.lm.LmTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fine-tunes the built-in transformer's classifier branch to tell machine-translated sentences from
 * human-written ones, with DJL's {@link EasyTrain} on the PyTorch engine: the branch starts as a copy
 * of the trunk's top layers, the trunk stays frozen (so the language model's scores do not change),
 * and the result is one model directory that gives both in one forward pass. Seeded; a wall-clock
 * budget; a progress line and checkpoints from {@link TrainingProgress}; a rerun resumes.
 */
public final class ClassifierTrainer {
  private static final int WARMUP_STEPS = 100;

  /** Training options. */
  public record Options(int branchLayers, int batch, float learningRate, int epochs, double budgetMinutes, int seed,
      int checkpointEvery, int maxExamples) {}

  /** What a run achieved, written to {@code classifier-training.json}. */
  public record Report(long steps, long examplesSeen, double seconds, int trainingExamples, double firstLoss,
      double trainLoss, int devSentences, double devAuc, double devTranslationAuc) {}

  private final PrintStream log;

  public ClassifierTrainer(PrintStream log) {
    this.log = log;
  }

  public Report train(Path lmDir, Path trainFile, Path devFile, Options options, Path out)
      throws IOException, TranslateException {
    Djl.offlineByDefault();
    Engine.getEngine("PyTorch").setRandomSeed(options.seed());
    Files.createDirectories(out);
    Path checkpoint = out.resolve("checkpoint");
    // The starting model may itself carry a branch (models/lm does): its trunk is what is copied.
    LmConfig base = LmConfig.load(lmDir.resolve("config.json"));
    LmConfig config = base.withClassifier(options.branchLayers());
    TrainingProgress.State state = TrainingProgress.State.read(checkpoint);
    try (HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(lmDir.resolve("tokenizer.json"));
        Model holder = Model.newInstance(LmTrainer.MODEL_NAME, "PyTorch");
        Model training = Model.newInstance("mtdetect-classifier-training", "PyTorch")) {
      LabelledSentences train = LabelledSentences.read(trainFile, tokenizer, config.context(), options.batch(),
          options.seed(), options.maxExamples());
      log.printf(Locale.ROOT, "%d training sentences, %d batches an epoch%n", train.size(), train.batches());
      CausalTransformer transformer = new CausalTransformer(config);
      holder.setBlock(transformer);
      if (state.step() > 0) {
        holder.load(checkpoint, LmTrainer.MODEL_NAME);
        log.printf(Locale.ROOT, "resumed from %s at step %d (epoch %d)%n", checkpoint, state.step(), state.epoch());
      } else {
        transformer.initialize(holder.getNDManager(), DataType.FLOAT32, new Shape(1, config.context()));
        copyFromLanguageModel(lmDir, base, transformer);
      }
      training.setBlock(new ClassifierTrainingBlock(transformer));
      // Warm-up: 100 steps, or a fifth of a short run's steps.
      int warmUp = (int) Math.max(1, Math.min(WARMUP_STEPS, train.batches() * options.epochs() / 5));
      Tracker lr = WarmUpTracker.builder().optWarmUpSteps(warmUp).optWarmUpBeginValue(0f)
          .setMainTracker(Tracker.fixed(options.learningRate())).build();
      long deadline = System.nanoTime() + (long) (options.budgetMinutes() * 60e9);
      TrainingProgress progress = new TrainingProgress(log, holder, checkpoint, options.checkpointEvery(), state,
          train.batches() * (long) options.epochs(), deadline);
      DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(new PooledLogitLoss())
          .optOptimizer(Optimizer.adam().optLearningRateTracker(lr).optClipGrad(1f).build());
      try (Trainer trainer = training.newTrainer(trainingConfig)) {
        trainer.initialize(new Shape(options.batch(), config.context()));
        freezeTrunk(transformer);
        train.resumeAt(state.epoch(), state.batchInEpoch());
        train.stopWhen(() -> System.nanoTime() > deadline);
        for (int epoch = state.epoch(); epoch < options.epochs() && System.nanoTime() < deadline; epoch++) {
          fitEpoch(trainer, train, progress);
        }
      }
      progress.saveCheckpoint();
      holder.save(out, LmTrainer.MODEL_NAME);
      config.save(out.resolve("config.json"));
      Files.copy(lmDir.resolve("tokenizer.json"), out.resolve("tokenizer.json"), StandardCopyOption.REPLACE_EXISTING);
      double[] dev = {Double.NaN, Double.NaN};
      int devSize = 0;
      if (devFile != null) {
        LabelledSentences devSet = LabelledSentences.read(devFile, tokenizer, config.context(), 64, 0, Integer.MAX_VALUE);
        double[] scores = score(transformer, devSet, holder.getNDManager());
        dev = devAuc(devSet, scores);
        devSize = devSet.size();
        log.printf(Locale.ROOT, "held-out sentences: %d, ROC AUC %.3f (machine vs all human), %.3f (machine vs professional translation)%n",
            devSize, dev[0], dev[1]);
      }
      Report report = new Report(progress.state().step(), progress.state().examples(), progress.state().seconds(),
          train.size(), progress.firstLoss(), progress.recentLoss(), devSize, dev[0], dev[1]);
      new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValue(out.resolve("classifier-training.json").toFile(), report);
      return report;
    } catch (MalformedModelException e) {
      throw new IOException("cannot load " + lmDir + " or the checkpoint in " + checkpoint + ": " + e.getMessage(), e);
    }
  }

  /**
   * One pass over the data as {@link EasyTrain#fit} makes it (DJL's dataset iteration, trainer,
   * loss and optimizer), with one guard more: a batch whose
   * gradients are not finite is dropped before the update (one such update turns every weight into
   * NaN, as seen in language-model training), and counted.
   */
  private static void fitEpoch(Trainer trainer, LabelledSentences data, TrainingProgress progress)
      throws IOException, TranslateException {
    for (Batch batch : trainer.iterateDataset(data)) {
      try (batch) {
        double loss;
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDList predictions = trainer.forward(batch.getData(), batch.getLabels());
          NDArray lossArray = trainer.getLoss().evaluate(batch.getLabels(), predictions);
          loss = lossArray.getFloat();
          if (Double.isFinite(loss)) {
            collector.backward(lossArray);
          }
        }
        if (Double.isFinite(loss) && Gradients.finite(trainer.getModel())) {
          // The update runs after the collector closes, outside autograd recording, as EasyTrain does.
          trainer.step();
          progress.step(loss, batch.getSize());
        } else {
          Gradients.clear(trainer.getModel());
          progress.skipped();
        }
      }
    }
    progress.epochDone();
  }

  /**
   * The trunk takes the language model's weights; each branch layer starts as the trunk layer it
   * replaces (a branch the starting model already has is not reused: training starts afresh).
   */
  static void copyFromLanguageModel(Path lmDir, LmConfig base, CausalTransformer target)
      throws IOException, MalformedModelException {
    try (Model lm = Model.newInstance(LmTrainer.MODEL_NAME, "PyTorch")) {
      lm.setBlock(new CausalTransformer(base));
      lm.load(lmDir, LmTrainer.MODEL_NAME);
      Map<String, Parameter> source = new java.util.HashMap<>();
      for (Pair<String, Parameter> p : lm.getBlock().getParameters()) {
        source.put(CausalTransformer.localName(p.getKey()), p.getValue());
      }
      for (Pair<String, Parameter> p : target.getParameters()) {
        String name = CausalTransformer.localName(p.getKey());
        String from = CausalTransformer.isClassifierParameter(name) ? target.trunkSourceOf(name) : name;
        Parameter s = from == null ? null : source.get(from);
        if (s != null) {
          p.getValue().getArray().set(s.getArray().toByteBuffer());
        } else if (!CausalTransformer.isClassifierParameter(p.getKey())) {
          throw new IOException("the language model in " + lmDir + " has no parameter " + p.getKey());
        }
      }
    }
  }

  static void freezeTrunk(CausalTransformer transformer) {
    for (Pair<String, Parameter> p : transformer.getParameters()) {
      if (!CausalTransformer.isClassifierParameter(p.getKey())) {
        p.getValue().freeze(true);
      }
    }
  }

  /** Each example's pooled logit, in file order. */
  static double[] score(CausalTransformer transformer, LabelledSentences data, NDManager parent) {
    double[] out = new double[data.size()];
    int at = 0;
    for (List<LabelledSentences.Example> members : data.inOrder()) {
      try (NDManager scope = parent.newSubManager(); Batch batch = LabelledSentences.toBatch(scope, members, 0, 0)) {
        ParameterStore ps = new ParameterStore(scope, false);
        NDArray logits = transformer.classifierLogits(ps, batch.getData().singletonOrThrow(), false);
        float[] pooled = PooledLogitLoss.pool(logits, batch.getLabels().get(1)).toFloatArray();
        for (float z : pooled) {
          out[at++] = z;
        }
      }
    }
    return out;
  }

  private static double[] devAuc(LabelledSentences data, double[] scores) {
    List<Metrics.Scored> all = new ArrayList<>();
    List<Metrics.Scored> translations = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      Metrics.Scored s = new Metrics.Scored(scores[i], data.label(i));
      all.add(s);
      if (!data.group(i).startsWith("original")) {
        translations.add(s);
      }
    }
    return new double[] {Metrics.rocAuc(all), translations.isEmpty() ? Double.NaN : Metrics.rocAuc(translations)};
  }
}
