package io.mtdetect.classify.train;

import ai.djl.Model;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;

/**
 * Training progress: a progress line every 10 s (step, loss, examples/s, ETA) and a checkpoint
 * every N steps, with the position in the data so a rerun resumes where this one stopped.
 */
final class TrainingProgress {
  private static final int RECENT_STEPS = 50;

  /** Where a run is: saved as {@code checkpoint/state.json}. */
  record State(long step, int epoch, long batchInEpoch, long examples, double seconds) {
    static State read(Path checkpoint) throws IOException {
      Path file = checkpoint.resolve("state.json");
      return Files.exists(file) ? new ObjectMapper().readValue(file.toFile(), State.class) : new State(0, 0, 0, 0, 0);
    }
  }

  private final PrintStream log;
  private final Model model;
  private final Path checkpoint;
  private final int checkpointEvery;
  private final long plannedSteps;
  private final long deadline;
  private final long startNanos = System.nanoTime();
  private final ArrayDeque<Double> recent = new ArrayDeque<>();
  private State state;
  private final long stepAtStart;
  private double firstLoss = Double.NaN;
  private long lastLog = System.nanoTime();
  private int skipped;

  TrainingProgress(PrintStream log, Model model, Path checkpoint, int checkpointEvery, State state, long plannedSteps,
      long deadline) {
    this.log = log;
    this.model = model;
    this.checkpoint = checkpoint;
    this.checkpointEvery = checkpointEvery;
    this.state = state;
    this.stepAtStart = state.step();
    this.plannedSteps = plannedSteps;
    this.deadline = deadline;
  }

  void skipped() {
    skipped++;
    state = new State(state.step(), state.epoch(), state.batchInEpoch() + 1, state.examples(), state.seconds());
    log.printf(Locale.ROOT, "step %d: non-finite gradient, batch dropped (%d so far)%n", state.step(), skipped);
  }

  /** After each update: the batch's loss and size. */
  void step(double loss, int batchSize) {
    if (Double.isNaN(firstLoss)) {
      firstLoss = loss;
    }
    recent.addLast(loss);
    if (recent.size() > RECENT_STEPS) {
      recent.removeFirst();
    }
    state = new State(state.step() + 1, state.epoch(), state.batchInEpoch() + 1,
        state.examples() + batchSize, state.seconds());
    if (System.nanoTime() - lastLog > 10e9) {
      lastLog = System.nanoTime();
      double elapsed = (lastLog - startNanos) / 1e9;
      double rate = (state.step() - stepAtStart) / Math.max(elapsed, 1e-9);
      double eta = Math.min((deadline - lastLog) / 1e9, (plannedSteps - state.step()) / Math.max(rate, 1e-9));
      log.printf(Locale.ROOT, "step %d  epoch %d  loss %.4f  %.1f steps/s  %d sentences  ETA %.0f s%n",
          state.step(), state.epoch(), recentLoss(), rate, state.examples(), Math.max(0, eta));
    }
    if (state.step() % checkpointEvery == 0) {
      saveCheckpoint();
    }
  }

  void epochDone() {
    state = new State(state.step(), state.epoch() + 1, 0, state.examples(), state.seconds());
  }

  State state() {
    return new State(state.step(), state.epoch(), state.batchInEpoch(), state.examples(), seconds());
  }

  private double seconds() {
    return state.seconds() + (System.nanoTime() - startNanos) / 1e9;
  }

  double firstLoss() {
    return firstLoss;
  }

  double recentLoss() {
    return recent.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** DJL numbers each save's weights file anew; only the newest is a checkpoint worth keeping. */
  private void keepNewestWeights() throws IOException {
    try (var files = Files.list(checkpoint)) {
      List<Path> weights = files.filter(f -> f.getFileName().toString().endsWith(".params")).sorted().toList();
      for (Path old : weights.subList(0, Math.max(0, weights.size() - 1))) {
        Files.delete(old);
      }
    }
  }

  /** Weights first, then the state file by atomic rename: a state file never points past its weights. */
  void saveCheckpoint() {
    try {
      Files.createDirectories(checkpoint);
      model.save(checkpoint, model.getName());
      keepNewestWeights();
      Path tmp = checkpoint.resolve("state.json.tmp");
      new ObjectMapper().writeValue(tmp.toFile(), state());
      Files.move(tmp, checkpoint.resolve("state.json"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint in " + checkpoint, e);
    }
  }
}
