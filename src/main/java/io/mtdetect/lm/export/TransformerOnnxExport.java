package io.mtdetect.lm.export;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.onnx.proto.OnnxMl.ModelProto;
import io.mtdetect.lm.CausalTransformer;
import io.mtdetect.lm.Djl;
import io.mtdetect.lm.LmConfig;
import io.mtdetect.lm.LmTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the built-in causal transformer ({@link CausalTransformer}) as an ONNX graph for DJL's
 * OnnxRuntime engine. The graph does the scoring's reductions itself, as the PyTorch path does on the
 * native side: inputs {@code ids} and {@code targets} (the next token at each position), both
 * {@code [batch, time]} int64; outputs {@code logProb} and {@code rank} of each target and the
 * classifier branch's {@code machineLogit}, all {@code [batch, time]}, so only small arrays leave
 * native memory.
 *
 * <p>{@link Precision#INT8} quantises every matrix product's weights (the output layer included,
 * which is half of the work) to int8 with one scale per output column, and quantises activations
 * on the fly (DynamicQuantizeLinear → MatMulInteger): ONNX Runtime's dynamic quantisation, written
 * out by hand because its quantisation tool is Python. Embedding lookups and norms stay float.
 */
public final class TransformerOnnxExport {
  /** Opset 17: the first with LayerNormalization. */
  static final int OPSET = 17;
  /** DJL's LayerNorm default, which the built-in model was trained with. */
  private static final float LAYER_NORM_EPSILON = 1e-5f;
  private static final float MASKED = -1e9f;

  /** How the matrix products' weights are stored. */
  public enum Precision {
    FLOAT32, INT8;

    /** The file name of this precision's export inside a model directory. */
    public String fileName() {
      return this == FLOAT32 ? LmTrainer.MODEL_NAME + ".onnx" : LmTrainer.MODEL_NAME + "-int8.onnx";
    }
  }

  /** A weight tensor: row-major data and its shape. */
  record Tensor(float[] data, long[] shape) {
    int rows() {
      return (int) shape[0];
    }

    int columns() {
      return (int) shape[1];
    }

    /** The transpose of a matrix, {@code [columns, rows]}: ONNX MatMul wants {@code [in, out]}, DJL's Linear stores {@code [out, in]}. */
    Tensor transposed() {
      float[] t = new float[data.length];
      for (int r = 0; r < rows(); r++) {
        for (int c = 0; c < columns(); c++) {
          t[c * rows() + r] = data[r * columns() + c];
        }
      }
      return new Tensor(t, new long[] {shape[1], shape[0]});
    }
  }

  private final LmConfig config;
  private final Map<String, Tensor> weights;
  private final Precision precision;
  private final OnnxGraph g = new OnnxGraph("mtdetect-lm");

  TransformerOnnxExport(LmConfig config, Map<String, Tensor> weights, Precision precision) {
    this.config = config;
    this.weights = weights;
    this.precision = precision;
  }

  /** Reads the model in {@code dir} (config.json and DJL weights) and returns its ONNX graph. */
  public static ModelProto export(Path dir, Precision precision) throws IOException {
    Djl.offlineByDefault();
    LmConfig config = LmConfig.load(dir.resolve("config.json"));
    try (Model model = Model.newInstance(LmTrainer.MODEL_NAME, "PyTorch")) {
      model.setBlock(new CausalTransformer(config));
      model.load(dir, LmTrainer.MODEL_NAME);
      Map<String, Tensor> weights = new HashMap<>();
      for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
        NDArray array = p.getValue().getArray();
        weights.put(plainName(p.getKey()), new Tensor(array.toFloatArray(), array.getShape().getShape()));
      }
      return new TransformerOnnxExport(config, weights, precision).build();
    } catch (MalformedModelException e) {
      throw new IOException("cannot load the model in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code precision}'s export of the model in {@code dir} beside its weights and returns the file. */
  public static Path write(Path dir, Precision precision) throws IOException {
    Path file = dir.resolve(precision.fileName());
    java.nio.file.Files.write(file, export(dir, precision).toByteArray());
    return file;
  }

  /**
   * Writes every precision's export: what the trainers do after saving weights, so the runtimes the
   * scoring commands prefer never read an export of older weights.
   */
  public static java.util.List<Path> writeAll(Path dir) throws IOException {
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (Precision p : Precision.values()) {
      files.add(write(dir, p));
    }
    return files;
  }

  /** DJL's parameter name without its child-position prefixes: "01layer0_02qkv_weight" → "layer0_qkv_weight". */
  static String plainName(String djlName) {
    return djlName.replaceAll("(^|_)\\d+(?=[A-Za-z])", "$1");
  }

  ModelProto build() {
    g.input("ids", OnnxGraph.INT64, "batch", "time");
    g.input("targets", OnnxGraph.INT64, "batch", "time");
    String time = g.node("Slice", new String[] {g.node("Shape", "ids"), g.longs(1), g.longs(2)}); // [time]
    String embedding = g.floats("tokenEmbedding", weight("tokenEmbedding").data(), weight("tokenEmbedding").shape());
    String x = g.node("Gather", new String[] {embedding, "ids"});
    String positions = g.node("Slice", new String[] {g.floats("positionEmbedding", weight("positionEmbedding").data(),
        weight("positionEmbedding").shape()), g.longs(0), time, g.longs(0)});
    x = g.node("Add", new String[] {x, positions});
    String mask = g.node("Slice", new String[] {causalMask(), g.longs(0, 0),
        g.node("Concat", new String[] {time, time}, OnnxGraph.attribute("axis", 0L)), g.longs(0, 1)});
    String fork = null;
    int forkAt = config.layers() - config.classifierLayers();
    for (int i = 0; i < config.layers(); i++) {
      if (i == forkAt) {
        fork = x;
      }
      x = decoderLayer("layer" + i, x, mask);
    }
    x = layerNorm("finalNorm", x);
    String logits = outputLayer(x, embedding); // tied to the token embedding
    String logSoftmax = g.node("LogSoftmax", logits, OnnxGraph.attribute("axis", -1L));
    String actual = g.node("GatherElements", new String[] {logSoftmax, g.node("Unsqueeze", new String[] {"targets",
        g.longs(-1)})}, OnnxGraph.attribute("axis", -1L));
    String higher = g.node("Cast", g.node("Greater", new String[] {logSoftmax, actual}),
        OnnxGraph.attribute("to", (long) OnnxGraph.INT64));
    g.rename(g.node("Squeeze", new String[] {actual, g.longs(-1)}), "logProb");
    g.rename(g.node("ReduceSum", new String[] {higher, g.longs(-1)}, OnnxGraph.attribute("keepdims", 0L)), "rank");
    g.output("logProb", OnnxGraph.FLOAT, "batch", "time");
    g.output("rank", OnnxGraph.INT64, "batch", "time");
    if (config.hasClassifier()) {
      String branch = fork;
      for (int i = 0; i < config.classifierLayers(); i++) {
        branch = decoderLayer("classifier" + i, branch, mask);
      }
      branch = linear("classifierHead", layerNorm("classifierNorm", branch));
      g.rename(g.node("Squeeze", new String[] {branch, g.longs(-1)}), "machineLogit");
      g.output("machineLogit", OnnxGraph.FLOAT, "batch", "time");
    }
    return g.model(OPSET, "mtdetect " + precision.name().toLowerCase());
  }

  /** As CausalTransformer.DecoderLayer: x + attention(norm(x)), then x + mlp(norm(x)). */
  private String decoderLayer(String prefix, String x, String mask) {
    long heads = config.heads();
    long headWidth = config.width() / heads;
    String projected = linear(prefix + "_qkv", layerNorm(prefix + "_attentionNorm", x));
    String[] qkv = g.nodeWithOutputs("Split", 3, new String[] {projected, g.longs(config.width(), config.width(),
        config.width())}, OnnxGraph.attribute("axis", 2L));
    String byHead = g.longs(0, 0, heads, headWidth);
    String q = g.node("Transpose", g.node("Reshape", new String[] {qkv[0], byHead}), OnnxGraph.attribute("perm", 0, 2, 1, 3));
    String kT = g.node("Transpose", g.node("Reshape", new String[] {qkv[1], byHead}), OnnxGraph.attribute("perm", 0, 2, 3, 1));
    String v = g.node("Transpose", g.node("Reshape", new String[] {qkv[2], byHead}), OnnxGraph.attribute("perm", 0, 2, 1, 3));
    String scores = g.node("Mul", new String[] {g.node("MatMul", new String[] {q, kT}),
        g.scalar((float) (1 / Math.sqrt(headWidth)))});
    String attention = g.node("Softmax", g.node("Add", new String[] {scores, mask}), OnnxGraph.attribute("axis", -1L));
    String attended = g.node("Reshape", new String[] {g.node("Transpose", g.node("MatMul", new String[] {attention, v}),
        OnnxGraph.attribute("perm", 0, 2, 1, 3)), g.longs(0, 0, config.width())});
    x = g.node("Add", new String[] {x, linear(prefix + "_attentionOut", attended)});
    String m = linear(prefix + "_mlpIn", layerNorm(prefix + "_mlpNorm", x));
    m = linear(prefix + "_mlpOut", gelu(m));
    return g.node("Add", new String[] {x, m});
  }

  /** Exact GELU, as PyTorch's default: x · Φ(x) = 0.5 · x · (1 + erf(x / √2)). */
  private String gelu(String x) {
    String erf = g.node("Erf", g.node("Mul", new String[] {x, g.scalar((float) (1 / Math.sqrt(2)))}));
    String onePlus = g.node("Add", new String[] {erf, g.scalar(1f)});
    return g.node("Mul", new String[] {g.node("Mul", new String[] {x, g.scalar(0.5f)}), onePlus});
  }

  private String layerNorm(String prefix, String x) {
    String gamma = g.floats(prefix + "_gamma", weight(prefix + "_gamma").data(), config.width());
    String beta = g.floats(prefix + "_beta", weight(prefix + "_beta").data(), config.width());
    return g.node("LayerNormalization", new String[] {x, gamma, beta}, OnnxGraph.attribute("axis", -1L),
        OnnxGraph.attribute("epsilon", LAYER_NORM_EPSILON));
  }

  /** A DJL Linear block ({@code weight [out, in]}, {@code bias [out]}) applied to the last axis. */
  private String linear(String prefix, String x) {
    Tensor bias = weight(prefix + "_bias");
    String product = matMul(x, prefix + "_weight", weight(prefix + "_weight"));
    return g.node("Add", new String[] {product, g.floats(prefix + "_bias", bias.data(), bias.data().length)});
  }

  /** {@code x · weightᵀ} for a weight stored {@code [out, in]}, in this export's precision. */
  private String matMul(String x, String name, Tensor weight) {
    Tensor w = weight.transposed(); // [in, out]
    if (precision == Precision.FLOAT32) {
      return g.node("MatMul", new String[] {x, g.floats(name, w.data(), w.shape())});
    }
    return int8MatMul(x, name, w);
  }

  /** The output layer: the token embedding transposed (in float, the one initializer serves both; ONNX Runtime folds the transpose). */
  private String outputLayer(String x, String embedding) {
    if (precision == Precision.FLOAT32) {
      return g.node("MatMul", new String[] {x, g.node("Transpose", embedding, OnnxGraph.attribute("perm", 1, 0))});
    }
    return int8MatMul(x, "outputLayer", weight("tokenEmbedding").transposed());
  }

  /** {@code x · w} for {@code w [in, out]} quantised to int8 per column, activations quantised per call. */
  private String int8MatMul(String x, String name, Tensor w) {
    Int8Columns q = Int8Columns.of(w);
    String[] quantised = g.nodeWithOutputs("DynamicQuantizeLinear", 3, new String[] {x});
    String product = g.node("MatMulInteger", new String[] {quantised[0], g.bytes(name + "_int8", q.values(), w.shape()), quantised[2]});
    String scale = g.node("Mul", new String[] {quantised[1], g.floats(name + "_scale", q.scales(), q.scales().length)});
    return g.node("Mul", new String[] {g.node("Cast", product, OnnxGraph.attribute("to", (long) OnnxGraph.FLOAT)), scale});
  }

  /** The additive causal mask for the longest window; the graph slices it to the input's length. */
  private String causalMask() {
    int c = config.context();
    float[] mask = new float[c * c];
    for (int row = 0; row < c; row++) {
      for (int col = row + 1; col < c; col++) {
        mask[row * c + col] = MASKED;
      }
    }
    return g.floats("causalMask", mask, c, c);
  }

  private Tensor weight(String name) {
    Tensor t = weights.get(name);
    if (t == null) {
      throw new IllegalArgumentException("the model has no parameter " + name);
    }
    return t;
  }
}
