package io.mtdetect.lm;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import ai.djl.util.PairList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Hugging Face causal LM exported to ONNX ({@code model.onnx} or {@code decoder_model.onnx}
 * beside its {@code tokenizer.json}), run through DJL's OnnxRuntime engine. A DJL Predictor is not
 * thread-safe, so they are pooled.
 */
public final class OnnxLanguageModel implements LanguageModel {
  private static final List<String> MODEL_FILES = List.of("model.onnx", "decoder_model.onnx");
  private static final int WINDOW = 1024;

  private final String name;
  private final ZooModel<long[], Logits> model;
  private final HuggingFaceTokenizer tokenizer;
  private final PredictorPool<long[], Logits> predictors;

  /** Logits of one sequence, row-major {@code [time, vocabulary]}. */
  record Logits(float[] values, int time, int vocabulary) {}

  private OnnxLanguageModel(String name, ZooModel<long[], Logits> model, HuggingFaceTokenizer tokenizer, int pool) {
    this.name = name;
    this.model = model;
    this.tokenizer = tokenizer;
    this.predictors = new PredictorPool<>(pool, model::newPredictor);
  }

  /** True when {@code dir} holds an ONNX export this class can load. */
  public static boolean isOnnxDirectory(Path dir) {
    return MODEL_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f))) && Files.exists(dir.resolve("tokenizer.json"));
  }

  public static OnnxLanguageModel load(Path dir, int predictors) throws IOException {
    Djl.offlineByDefault();
    String file = MODEL_FILES.stream().filter(f -> Files.exists(dir.resolve(f))).findFirst()
        .orElseThrow(() -> new IOException(dir + " has no model.onnx or decoder_model.onnx"));
    if (!Files.exists(dir.resolve("tokenizer.json"))) {
      throw new IOException(dir + " has no tokenizer.json");
    }
    Criteria<long[], Logits> criteria = Criteria.builder()
        .setTypes(long[].class, Logits.class)
        .optModelPath(dir)
        .optModelName(file.substring(0, file.length() - ".onnx".length()))
        .optEngine("OnnxRuntime")
        .optTranslator(new LogitsTranslator())
        .build();
    try {
      ZooModel<long[], Logits> model = criteria.loadModel();
      return new OnnxLanguageModel("onnx:" + dir, model, LanguageModels.tokenizer(dir.resolve("tokenizer.json")), predictors);
    } catch (ModelNotFoundException | MalformedModelException e) {
      throw new IOException("cannot load " + dir.resolve(file) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** Raw logits for a sequence of ids; exposed for tests of the loading code. */
  Logits logits(long[] ids) {
    return predictors.predict(ids);
  }

  @Override
  public TokenScores score(String context, String text) {
    BuiltInLanguageModel.Joined joined = BuiltInLanguageModel.Joined.of(new Request(context, text));
    Encoding encoding = tokenizer.encode(joined.text(), false, false);
    long[] ids = encoding.getIds();
    long[] contextIds = joined.context().isEmpty() ? new long[0] : tokenizer.encode(joined.context(), false, false).getIds();
    int keep = Math.min(contextIds.length, Math.max(0, WINDOW - ids.length));
    // Hugging Face LMs have no start token in common; the first token is conditioned on the context only.
    long[] sequence = new long[keep + ids.length];
    System.arraycopy(contextIds, contextIds.length - keep, sequence, 0, keep);
    System.arraycopy(ids, 0, sequence, keep, ids.length);
    double[] logProb = new double[ids.length];
    int[] rank = new int[ids.length];
    if (sequence.length > 1) {
      Logits logits = logits(sequence);
      for (int t = Math.max(1, keep); t < sequence.length; t++) {
        TokenRanking.score(logits.values(), (t - 1) * logits.vocabulary(), logits.vocabulary(), (int) sequence[t],
            logProb, rank, t - keep);
      }
    }
    return BuiltInLanguageModel.toScores(encoding, joined.shift(), logProb, rank, Double.NaN);
  }

  @Override
  public void close() {
    predictors.close();
    model.close();
    tokenizer.close();
  }

  /** Feeds the inputs a Hugging Face causal-LM export declares and returns its logits. */
  private static final class LogitsTranslator implements NoBatchifyTranslator<long[], Logits> {
    @Override
    public NDList processInput(TranslatorContext ctx, long[] ids) {
      NDManager manager = ctx.getNDManager();
      PairList<String, Shape> declared = ctx.getModel().describeInput();
      NDList inputs = new NDList();
      for (String input : declared == null ? List.of("input_ids", "attention_mask") : declared.keys()) {
        NDArray array = switch (input) {
          case "input_ids" -> manager.create(ids, new Shape(1, ids.length));
          case "attention_mask" -> manager.ones(new Shape(1, ids.length), ai.djl.ndarray.types.DataType.INT64);
          case "position_ids" -> manager.arange(0L, ids.length, 1L, ai.djl.ndarray.types.DataType.INT64).reshape(1, ids.length);
          default -> throw new IllegalArgumentException("unsupported model input \"" + input
              + "\" (export the model without past key values)");
        };
        array.setName(input);
        inputs.add(array);
      }
      return inputs;
    }

    @Override
    public Logits processOutput(TranslatorContext ctx, NDList list) {
      NDArray logits = list.contains("logits") ? list.get("logits") : list.get(0);
      Shape shape = logits.getShape();
      return new Logits(logits.toFloatArray(), (int) shape.get(1), (int) shape.get(2));
    }
  }
}
