package io.mtdetect.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A GPT-style decoder: token and position embeddings, pre-norm blocks of causal self-attention and
 * a GELU MLP, a final norm, and an output layer tied to the token embedding. Input: token ids
 * {@code [batch, time]}; output: logits {@code [batch, time, vocabulary]}.
 *
 * <p>With {@link LmConfig#classifierLayers()} = k &gt; 0 a classifier branch forks off the trunk below
 * its top k layers: k decoder layers of its own (initialised as copies of the trunk's top k), a norm,
 * and a linear head giving each position a machine-translation logit. The output is then
 * {@code [logits, classifierLogits [batch, time]]}: one forward pass serves the language model and the
 * classifier, and fine-tuning the branch leaves the language model's weights untouched.
 */
public final class CausalTransformer extends AbstractBlock {
  private static final byte VERSION = 1;

  private final LmConfig config;
  private final Parameter tokenEmbedding;
  private final Parameter positionEmbedding;
  private final List<DecoderLayer> layers = new ArrayList<>();
  private final LayerNorm finalNorm;
  private final List<DecoderLayer> classifierLayers = new ArrayList<>();
  private final LayerNorm classifierNorm;
  private final Linear classifierHead;

  public CausalTransformer(LmConfig config) {
    super(VERSION);
    this.config = config;
    tokenEmbedding = addParameter(Parameter.builder().setName("tokenEmbedding").setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(config.vocabulary(), config.width())).optInitializer(new NormalInitializer(0.02f)).build());
    positionEmbedding = addParameter(Parameter.builder().setName("positionEmbedding").setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(config.context(), config.width())).optInitializer(new NormalInitializer(0.01f)).build());
    for (int i = 0; i < config.layers(); i++) {
      layers.add(addChildBlock("layer" + i, new DecoderLayer(config)));
    }
    finalNorm = addChildBlock("finalNorm", LayerNorm.builder().axis(2).build());
    for (int i = 0; i < config.classifierLayers(); i++) {
      classifierLayers.add(addChildBlock("classifier" + i, new DecoderLayer(config)));
    }
    classifierNorm = config.hasClassifier() ? addChildBlock("classifierNorm", LayerNorm.builder().axis(2).build()) : null;
    classifierHead = config.hasClassifier() ? addChildBlock("classifierHead", Linear.builder().setUnits(1).build()) : null;
  }

  /**
   * A parameter's name without DJL's child-position prefix ("05classifier0_…" → "classifier0_…"), so
   * models with and without the branch name their shared parameters alike.
   */
  public static String localName(String parameter) {
    return parameter.replaceFirst("^\\d+", "");
  }

  /**
   * The trunk parameter (local name) that a classifier-branch parameter (local name) is initialised
   * from, or {@code null} for the head, which starts fresh.
   */
  public String trunkSourceOf(String classifierParameter) {
    for (int i = 0; i < config.classifierLayers(); i++) {
      String prefix = "classifier" + i + "_";
      if (classifierParameter.startsWith(prefix)) {
        return "layer" + (config.layers() - config.classifierLayers() + i) + "_" + classifierParameter.substring(prefix.length());
      }
    }
    if (classifierParameter.startsWith("classifierNorm_")) {
      return "finalNorm_" + classifierParameter.substring("classifierNorm_".length());
    }
    return null;
  }

  /** Whether a parameter belongs to the classifier branch (the part classifier training updates). */
  public static boolean isClassifierParameter(String name) {
    return localName(name).startsWith("classifier");
  }

  public LmConfig config() {
    return config;
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow();
    NDManager scope = ids.getManager();
    NDArray embedding = ps.getValue(tokenEmbedding, ids.getDevice(), training);
    NDArray mask = causalMask(scope, ids.getShape().get(1));
    NDArray x = embed(ps, ids, embedding, training);
    NDArray fork = null;
    int forkAt = config.layers() - config.classifierLayers();
    for (int i = 0; i < layers.size(); i++) {
      if (i == forkAt) {
        fork = x;
      }
      x = layers.get(i).forward(ps, new NDList(x, mask), training).singletonOrThrow();
    }
    x = finalNorm.forward(ps, new NDList(x), training).singletonOrThrow();
    NDArray outputWeights = embedding.transpose();
    outputWeights.attach(scope);
    NDArray logits = x.matMul(outputWeights);
    return config.hasClassifier() ? new NDList(logits, branch(ps, fork, mask, training)) : new NDList(logits);
  }

  /**
   * The classifier branch alone: a machine-translation logit per position {@code [batch, time]},
   * without the language model's output layer (the costliest part of a forward pass), for training.
   */
  public NDArray classifierLogits(ParameterStore ps, NDArray ids, boolean training) {
    if (!config.hasClassifier()) {
      throw new IllegalStateException("this model has no classifier branch");
    }
    NDArray embedding = ps.getValue(tokenEmbedding, ids.getDevice(), training);
    NDArray mask = causalMask(ids.getManager(), ids.getShape().get(1));
    NDArray x = embed(ps, ids, embedding, training);
    for (int i = 0; i < config.layers() - config.classifierLayers(); i++) {
      x = layers.get(i).forward(ps, new NDList(x, mask), training).singletonOrThrow();
    }
    return branch(ps, x, mask, training);
  }

  private NDArray embed(ParameterStore ps, NDArray ids, NDArray embedding, boolean training) {
    long time = ids.getShape().get(1);
    // Views of parameters are attached to the call's manager, so they are freed with the call.
    NDArray positions = ps.getValue(positionEmbedding, ids.getDevice(), training).get("0:" + time);
    positions.attach(ids.getManager());
    return Embedding.embedding(ids, embedding, SparseFormat.DENSE).singletonOrThrow().add(positions);
  }

  private NDArray branch(ParameterStore ps, NDArray x, NDArray mask, boolean training) {
    for (DecoderLayer layer : classifierLayers) {
      x = layer.forward(ps, new NDList(x, mask), training).singletonOrThrow();
    }
    x = classifierNorm.forward(ps, new NDList(x), training).singletonOrThrow();
    return classifierHead.forward(ps, new NDList(x), training).singletonOrThrow().squeeze(-1);
  }

  /** Additive mask: 0 where a position may attend (itself and earlier), a large negative number after. */
  private static NDArray causalMask(NDManager manager, long time) {
    NDArray row = manager.arange((int) time).reshape(time, 1);
    NDArray col = manager.arange((int) time).reshape(1, time);
    return col.gt(row).toType(DataType.FLOAT32, false).mul(-1e9f);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    Shape logits = new Shape(in.get(0), in.get(1), config.vocabulary());
    return config.hasClassifier() ? new Shape[] {logits, new Shape(in.get(0), in.get(1))} : new Shape[] {logits};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape hidden = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), config.width());
    Shape mask = new Shape(inputShapes[0].get(1), inputShapes[0].get(1));
    for (DecoderLayer layer : layers) {
      layer.initialize(manager, dataType, hidden, mask);
    }
    finalNorm.initialize(manager, dataType, hidden);
    for (DecoderLayer layer : classifierLayers) {
      layer.initialize(manager, dataType, hidden, mask);
    }
    if (config.hasClassifier()) {
      classifierNorm.initialize(manager, dataType, hidden);
      classifierHead.initialize(manager, dataType, hidden);
    }
  }

  /** One pre-norm block: x + attention(norm(x)), then x + mlp(norm(x)). */
  static final class DecoderLayer extends AbstractBlock {
    private final LmConfig config;
    private final LayerNorm attentionNorm;
    private final Linear qkv;
    private final Linear attentionOut;
    private final LayerNorm mlpNorm;
    private final Linear mlpIn;
    private final Linear mlpOut;

    DecoderLayer(LmConfig config) {
      super(VERSION);
      this.config = config;
      attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
      qkv = addChildBlock("qkv", Linear.builder().setUnits(3L * config.width()).build());
      attentionOut = addChildBlock("attentionOut", Linear.builder().setUnits(config.width()).build());
      mlpNorm = addChildBlock("mlpNorm", LayerNorm.builder().axis(2).build());
      mlpIn = addChildBlock("mlpIn", Linear.builder().setUnits(4L * config.width()).build());
      mlpOut = addChildBlock("mlpOut", Linear.builder().setUnits(config.width()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
      NDArray x = inputs.get(0);
      NDArray mask = inputs.get(1);
      long batch = x.getShape().get(0);
      long time = x.getShape().get(1);
      int heads = config.heads();
      long headWidth = config.width() / heads;
      NDArray h = attentionNorm.forward(ps, new NDList(x), training).singletonOrThrow();
      NDArray projected = qkv.forward(ps, new NDList(h), training).singletonOrThrow();
      NDList parts = projected.split(3, 2);
      NDArray q = parts.get(0).reshape(batch, time, heads, headWidth).transpose(0, 2, 1, 3);
      NDArray k = parts.get(1).reshape(batch, time, heads, headWidth).transpose(0, 2, 1, 3);
      NDArray v = parts.get(2).reshape(batch, time, heads, headWidth).transpose(0, 2, 1, 3);
      NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(headWidth)).add(mask);
      NDArray attended = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, time, config.width());
      x = x.add(attentionOut.forward(ps, new NDList(attended), training).singletonOrThrow());
      NDArray m = mlpNorm.forward(ps, new NDList(x), training).singletonOrThrow();
      m = Activation.gelu(mlpIn.forward(ps, new NDList(m), training).singletonOrThrow());
      x = x.add(mlpOut.forward(ps, new NDList(m), training).singletonOrThrow());
      return new NDList(x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
      return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
      Shape hidden = inputShapes[0];
      Shape wide = new Shape(hidden.get(0), hidden.get(1), 4L * config.width());
      attentionNorm.initialize(manager, dataType, hidden);
      qkv.initialize(manager, dataType, hidden);
      attentionOut.initialize(manager, dataType, hidden);
      mlpNorm.initialize(manager, dataType, hidden);
      mlpIn.initialize(manager, dataType, hidden);
      mlpOut.initialize(manager, dataType, wide);
    }
  }
}
