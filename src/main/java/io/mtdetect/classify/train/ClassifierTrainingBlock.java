package io.mtdetect.classify.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.mtdetect.lm.CausalTransformer;

/**
 * The transformer as classifier training sees it: only the classifier branch's per-position logits,
 * skipping the language model's output layer, which would cost most of each step and is not trained.
 */
final class ClassifierTrainingBlock extends AbstractBlock {
  private final CausalTransformer transformer;

  ClassifierTrainingBlock(CausalTransformer transformer) {
    super((byte) 1);
    this.transformer = addChildBlock("transformer", transformer);
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(transformer.classifierLogits(ps, inputs.singletonOrThrow(), training));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    transformer.initialize(manager, dataType, inputShapes);
  }
}
