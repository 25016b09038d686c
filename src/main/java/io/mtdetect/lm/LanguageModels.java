package io.mtdetect.lm;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Loading helpers shared by the built-in model and Hugging Face models: one tokenizer code path. */
public final class LanguageModels {
  private LanguageModels() {}

  /** A DJL HuggingFaceTokenizer over a {@code tokenizer.json}, with no special tokens or truncation added. */
  public static HuggingFaceTokenizer tokenizer(Path tokenizerJson) throws IOException {
    Djl.offlineByDefault();
    return HuggingFaceTokenizer.newInstance(tokenizerJson,
        Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
  }
}
