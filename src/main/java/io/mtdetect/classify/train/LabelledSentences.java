package io.mtdetect.classify.train;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.translate.Batchifier;
import ai.djl.util.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.lm.LanguageModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Labelled sentences ({@code {context, text, label}} JSON Lines, as {@code scripts/make-neural-data}
 * writes them) as a DJL {@link Dataset}: each example encoded exactly as scoring encodes it
 * ({@link BuiltInLanguageModel#encode}), batched with others of similar length so little of a batch
 * is padding. Data {@code [ids [batch, time]]}; labels {@code [label [batch], textMask [batch, time]]},
 * where the mask marks the positions that hold the sentence's own tokens (not its context).
 *
 * <p>The order is a seeded function of the epoch, so a resumed run can skip the batches it already
 * trained on; iteration ends early once {@code stop} says so (the trainer's wall-clock budget).
 */
public final class LabelledSentences implements Dataset {
  /** One encoded example; {@code group} as the file names it ({@code original/…} for English originals). */
  record Example(long[] ids, int firstTarget, int label, String group) {}

  private final List<Example> examples;
  private final int batchSize;
  private final long seed;
  private int epoch;
  private long skip;
  private BooleanSupplier stop = () -> false;

  LabelledSentences(List<Example> examples, int batchSize, long seed) {
    this.examples = List.copyOf(examples);
    this.batchSize = batchSize;
    this.seed = seed;
  }

  /** Reads and encodes every example of {@code file}; the window is the model's context length. */
  public static LabelledSentences read(Path file, HuggingFaceTokenizer tokenizer, int window, int batchSize, long seed,
      int limit) throws IOException {
    List<Example> examples = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null && examples.size() < limit) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + number + ": not a JSON object");
        }
        String text = node.path("text").asText("").strip();
        int label = node.path("label").asInt(-1);
        if (text.isEmpty() || (label != 0 && label != 1)) {
          throw new IOException(file + ":" + number + ": needs a non-empty \"text\" and \"label\" 0 or 1");
        }
        examples.add(encode(tokenizer, window, node.path("context").asText(""), text, label,
            node.path("group").asText("")));
      }
    }
    return new LabelledSentences(examples, batchSize, seed);
  }

  static Example encode(HuggingFaceTokenizer tokenizer, int window, String context, String text, int label,
      String group) {
    BuiltInLanguageModel.Encoded e = BuiltInLanguageModel.encode(tokenizer, window, new LanguageModel.Request(context, text));
    long[] ids = e.sequence().length <= window ? e.sequence() : java.util.Arrays.copyOf(e.sequence(), window);
    return new Example(ids, e.firstTarget(), label, group);
  }

  public int size() {
    return examples.size();
  }

  /** Batches per epoch. */
  public long batches() {
    return (examples.size() + batchSize - 1) / batchSize;
  }

  int label(int i) {
    return examples.get(i).label();
  }

  String group(int i) {
    return examples.get(i).group();
  }

  /** Starts the next {@link #getData} at {@code epoch}, skipping its first {@code batches} batches. */
  void resumeAt(int epoch, long batches) {
    this.epoch = epoch;
    this.skip = batches;
  }

  void stopWhen(BooleanSupplier stop) {
    this.stop = stop;
  }

  /** Batches of one epoch in training order: shuffled, then length-sorted within chunks, then shuffled again. */
  List<List<Example>> epochBatches(int epoch) {
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed * 1_000_003L + epoch);
    Collections.shuffle(order, random);
    List<List<Example>> batches = new ArrayList<>();
    int chunk = batchSize * 50;
    for (int from = 0; from < order.size(); from += chunk) {
      List<Example> part = new ArrayList<>(order.subList(from, Math.min(order.size(), from + chunk)));
      part.sort(Comparator.comparingInt(x -> x.ids().length));
      for (int b = 0; b < part.size(); b += batchSize) {
        batches.add(part.subList(b, Math.min(part.size(), b + batchSize)));
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }

  /** Batches in file order (for evaluation), same length-grouping within each batch. */
  List<List<Example>> inOrder() {
    List<List<Example>> batches = new ArrayList<>();
    for (int b = 0; b < examples.size(); b += batchSize) {
      batches.add(examples.subList(b, Math.min(examples.size(), b + batchSize)));
    }
    return batches;
  }

  static Batch toBatch(NDManager manager, List<Example> members, long progress, long total) {
    int width = members.stream().mapToInt(e -> e.ids().length).max().orElse(1);
    long[] ids = new long[members.size() * width]; // right-padded with end-of-text (0)
    float[] mask = new float[members.size() * width];
    float[] labels = new float[members.size()];
    for (int b = 0; b < members.size(); b++) {
      Example e = members.get(b);
      System.arraycopy(e.ids(), 0, ids, b * width, e.ids().length);
      for (int t = e.firstTarget(); t < e.ids().length; t++) {
        mask[b * width + t] = 1;
      }
      labels[b] = e.label();
    }
    Shape shape = new Shape(members.size(), width);
    NDList data = new NDList(manager.create(ids, shape));
    NDList label = new NDList(manager.create(labels), manager.create(mask, shape));
    return new Batch(manager, data, label, members.size(), Batchifier.STACK, Batchifier.STACK, progress, total);
  }

  @Override
  public Iterable<Batch> getData(NDManager manager) {
    int thisEpoch = epoch++;
    long skipNow = skip;
    skip = 0;
    List<List<Example>> batches = epochBatches(thisEpoch);
    return () -> new Iterator<>() {
      private int next = (int) Math.min(skipNow, batches.size());

      @Override
      public boolean hasNext() {
        return next < batches.size() && !stop.getAsBoolean();
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<Example> members = batches.get(next);
        next++;
        return toBatch(manager.newSubManager(), members, next, batches.size());
      }
    };
  }

  @Override
  public void prepare(Progress progress) {}
}
