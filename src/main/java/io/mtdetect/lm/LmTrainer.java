package io.mtdetect.lm;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.training.tracker.WarmUpTracker;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the built-in causal transformer with DJL on the PyTorch engine: seeded, with a wall-clock
 * budget, a progress line, periodic checkpoints it resumes from, and a held-out evaluation at the end.
 */
public final class LmTrainer {
  public static final String MODEL_NAME = "mtdetect-lm";
  private static final int WARMUP_STEPS = 200;

  /** Training options. */
  public record Options(
      LmConfig config, int batch, float learningRate, long maxSteps, double budgetMinutes, int seed,
      int checkpointEvery, int heldOutParagraphs) {}

  /** What a run achieved, written to {@code training.json}. */
  /**
   * What a run achieved, written to {@code training.json}. {@code firstLoss} is the first step's loss
   * of this run, {@code trainLoss} the mean over its last {@value #RECENT_STEPS} steps,
   * {@code skippedSteps} the updates skipped for a non-finite loss.
   */
  public record Report(long steps, long tokensSeen, double seconds, double firstLoss, double trainLoss, int skippedSteps,
      HeldOut heldOut) {}

  private static final int RECENT_STEPS = 20;
  /** A non-finite loss skips its update; this many in a row means the weights themselves are lost. */
  private static final int MAX_NON_FINITE_STEPS = 20;

  private final Corpus corpus;
  private final Path tokenizerJson;
  private final PrintStream log;

  public LmTrainer(Corpus corpus, Path tokenizerJson, PrintStream log) {
    this.corpus = corpus;
    this.tokenizerJson = tokenizerJson;
    this.log = log;
  }

  public Report train(Options options, Path out) throws IOException, InterruptedException {
    Djl.offlineByDefault();
    Engine.getEngine("PyTorch").setRandomSeed(options.seed());
    Files.createDirectories(out);
    Path checkpoint = out.resolve("checkpoint");
    LmConfig config = options.config();
    Map<String, Object> state = readState(checkpoint);
    long step = ((Number) state.getOrDefault("step", 0)).longValue();
    long startParagraph = ((Number) state.getOrDefault("paragraphs", 0)).longValue();
    long tokensSeen = ((Number) state.getOrDefault("tokensSeen", 0)).longValue();
    double previousSeconds = ((Number) state.getOrDefault("seconds", 0.0)).doubleValue();

    try (Model model = Model.newInstance(MODEL_NAME, "PyTorch");
        HuggingFaceTokenizer tokenizer = LanguageModels.tokenizer(tokenizerJson)) {
      model.setBlock(new CausalTransformer(config));
      if (step > 0) {
        // Loaded before the trainer exists: initialisation then keeps these weights (it skips
        // initialised parameters), whereas loading afterwards would swap arrays under the trainer.
        model.load(checkpoint, MODEL_NAME);
        log.printf(Locale.ROOT, "resumed from %s at step %d%n", checkpoint, step);
      }
      Tracker lr = WarmUpTracker.builder().optWarmUpSteps(WARMUP_STEPS).optWarmUpBeginValue(0f)
          .setMainTracker(Tracker.fixed(options.learningRate())).build();
      DefaultTrainingConfig trainingConfig =
          new DefaultTrainingConfig(new SoftmaxCrossEntropyLoss("xent", 1, -1, true, true))
              .optOptimizer(Optimizer.adam().optLearningRateTracker(lr).optClipGrad(1f).build());
      try (Trainer trainer = model.newTrainer(trainingConfig);
          TokenBatches batches = new TokenBatches(corpus, tokenizer, config.context(), startParagraph)) {
        trainer.initialize(new Shape(options.batch(), config.context()));
        long startNanos = System.nanoTime();
        double budgetSeconds = options.budgetMinutes() * 60;
        int window = config.context() + 1;
        long[] data = new long[options.batch() * window];
        double firstLoss = Double.NaN;
        int nonFiniteInARow = 0;
        int skipped = 0;
        java.util.ArrayDeque<Double> recent = new java.util.ArrayDeque<>();
        long lastLog = System.nanoTime();
        long tokensAtStart = tokensSeen;
        while (step < options.maxSteps()) {
          double elapsed = (System.nanoTime() - startNanos) / 1e9;
          if (elapsed >= budgetSeconds || !batches.next(data, options.batch())) {
            break;
          }
          double loss = trainStep(trainer, data, options.batch(), window);
          nonFiniteInARow = Double.isFinite(loss) ? 0 : nonFiniteInARow + 1;
          if (!Double.isFinite(loss)) {
            skipped++;
            log.printf(Locale.ROOT, "step %d: non-finite loss, update skipped (weights finite: %s)%n", step,
                Gradients.weightsFinite(model));
          }
          if (nonFiniteInARow == MAX_NON_FINITE_STEPS) {
            throw new IllegalStateException("training diverged (" + MAX_NON_FINITE_STEPS
                + " non-finite losses in a row at step " + step + "); lower --lr and resume from the checkpoint");
          }
          if (Double.isNaN(firstLoss)) {
            firstLoss = loss;
          }
          if (Double.isFinite(loss)) {
            recent.addLast(loss);
          }
          if (recent.size() > RECENT_STEPS) {
            recent.removeFirst();
          }
          step++;
          tokensSeen += (long) options.batch() * config.context();
          if (System.nanoTime() - lastLog > 10e9) {
            lastLog = System.nanoTime();
            elapsed = (lastLog - startNanos) / 1e9;
            double rate = (tokensSeen - tokensAtStart) / Math.max(elapsed, 1e-9);
            double eta = Math.min(budgetSeconds - elapsed,
                (options.maxSteps() - step) * (double) options.batch() * config.context() / Math.max(rate, 1));
            log.printf(Locale.ROOT, "step %d  loss %.3f  %.0f tokens/s  %.1fM tokens  ETA %.0f s%n",
                step, mean(recent), rate, tokensSeen / 1e6, eta);
          }
          if (step % options.checkpointEvery() == 0) {
            saveCheckpoint(model, checkpoint, step, batches.paragraphsConsumed(), tokensSeen,
                previousSeconds + (System.nanoTime() - startNanos) / 1e9);
          }
        }
        double seconds = previousSeconds + (System.nanoTime() - startNanos) / 1e9;
        saveCheckpoint(model, checkpoint, step, batches.paragraphsConsumed(), tokensSeen, seconds);
        model.save(out, MODEL_NAME);
        config.save(out.resolve("config.json"));
        if (!tokenizerJson.toAbsolutePath().equals(out.resolve("tokenizer.json").toAbsolutePath())) {
          Files.copy(tokenizerJson, out.resolve("tokenizer.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        HeldOut heldOut = null;
        if (options.heldOutParagraphs() > 0) {
          try (BuiltInLanguageModel lm = new BuiltInLanguageModel(model, tokenizer, config, false, 1)) {
            heldOut = HeldOut.measure(lm, corpus, options.heldOutParagraphs());
          }
          log.printf(Locale.ROOT, "held-out: %.3f nats/token, perplexity %.1f, %.3f bits/char over %d tokens%n",
              heldOut.natsPerToken(), heldOut.perplexity(), heldOut.bitsPerChar(), heldOut.tokens());
        }
        Report report = new Report(step, tokensSeen, seconds, firstLoss, mean(recent), skipped, heldOut);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("training.json").toFile(), report);
        return report;
      }
    } catch (ai.djl.MalformedModelException e) {
      throw new IOException("checkpoint in " + checkpoint + " does not match the configuration: " + e.getMessage(), e);
    }
  }

  private static double trainStep(Trainer trainer, long[] data, int batch, int window) {
    try (NDManager batchManager = trainer.getManager().newSubManager()) {
      NDArray all = batchManager.create(data, new Shape(batch, window));
      NDArray inputs = all.get(":, :-1");
      NDArray labels = all.get(":, 1:");
      double value;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList predictions = trainer.forward(new NDList(inputs));
        NDArray loss = crossEntropy(predictions.singletonOrThrow(), labels);
        value = loss.getFloat();
        if (!Double.isFinite(value)) {
          // No backward pass: PyTorch accumulates gradients until an optimizer update consumes them,
          // so a non-finite gradient left here would poison every later step.
          return value;
        }
        collector.backward(loss);
      }
      if (!Gradients.finite(trainer.getModel())) {
        // A finite loss can still back-propagate an overflow; one such update would turn every weight
        // into NaN (seen at step ~5200 of a run), so the batch is dropped instead.
        Gradients.clear(trainer.getModel());
        return Double.NaN;
      }
      // The update runs after the collector closes, outside autograd recording, as DJL's EasyTrain does.
      trainer.step();
      return value;
    }
  }

  private static double mean(java.util.Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Mean negative log-likelihood of the labels under the logits {@code [batch, time, vocabulary]}. */
  static NDArray crossEntropy(NDArray logits, NDArray labels) {
    NDArray logProbs = logits.logSoftmax(-1);
    return logProbs.gather(labels.expandDims(-1), -1).mean().neg();
  }

  private static void saveCheckpoint(Model model, Path dir, long step, long paragraphs, long tokens, double seconds)
      throws IOException {
    Files.createDirectories(dir);
    model.save(dir, MODEL_NAME);
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("step", step);
    state.put("paragraphs", paragraphs);
    state.put("tokensSeen", tokens);
    state.put("seconds", seconds);
    new ObjectMapper().writeValue(dir.resolve("state.json").toFile(), state);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readState(Path checkpoint) throws IOException {
    Path file = checkpoint.resolve("state.json");
    if (!Files.exists(file)) {
      return Map.of();
    }
    return new ObjectMapper().readValue(file.toFile(), Map.class);
  }

}
