package io.mtdetect.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Feeds a padded window to the built-in model's ONNX export, whose graph computes each target's
 * log-probability and rank itself (lm/export/TransformerOnnxExport): the ids, the next token at
 * each position, and back three {@code [batch, time]} arrays.
 */
final class OnnxWindowTranslator implements NoBatchifyTranslator<BuiltInLanguageModel.Window, BuiltInLanguageModel.Scores> {
  @Override
  public NDList processInput(TranslatorContext ctx, BuiltInLanguageModel.Window window) {
    NDManager manager = ctx.getNDManager();
    Shape shape = new Shape(window.batch(), window.width());
    NDArray ids = manager.create(window.ids(), shape);
    ids.setName("ids");
    NDArray targets = manager.create(window.nextIds(), shape);
    targets.setName("targets");
    return new NDList(ids, targets);
  }

  @Override
  public BuiltInLanguageModel.Scores processOutput(TranslatorContext ctx, NDList list) {
    return new BuiltInLanguageModel.Scores(list.get(0).toFloatArray(), list.get(1).toLongArray(),
        list.size() > 2 ? list.get(2).toFloatArray() : null);
  }
}
