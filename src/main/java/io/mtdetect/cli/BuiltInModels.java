package io.mtdetect.cli;

import io.mtdetect.lm.BuiltInLanguageModel;
import io.mtdetect.lm.Djl;
import io.mtdetect.lm.HuggingFaceHub;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.lm.LmRuntime;
import io.mtdetect.lm.LmTrainer;
import io.mtdetect.lm.OnnxLanguageModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the models that ship in the repository's {@code models/} beside the launcher's jar. */
public final class BuiltInModels {
  private BuiltInModels() {}

  /** The repository's {@code models/} directory: {@code MTDETECT_MODELS}, else next to {@code target/}. */
  static Path modelsDir() {
    String env = System.getenv("MTDETECT_MODELS");
    if (env != null) {
      return Path.of(env);
    }
    try {
      Path jar = Path.of(BuiltInModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().getParent().resolve("models");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("models");
    }
  }

  /**
   * The language model named by {@code --lm}: {@code none} for no model, {@code hf:NAME} for a
   * Hugging Face model (downloaded once), a directory (the built-in format or an ONNX export), or
   * (null) the built-in model when its weights are present.
   */
  public static LanguageModel languageModel(String option, int threads) throws IOException {
    return languageModel(option, null, threads);
  }

  /**
   * As {@link #languageModel(String, int)}, running a built-in model on {@code runtime}, or (null) on
   * the fastest runtime its directory has an export for ({@link LmRuntime#preferredFor}).
   */
  public static LanguageModel languageModel(String option, LmRuntime runtime, int threads) throws IOException {
    if ("none".equals(option)) {
      return null;
    }
    Djl.singleThreadedOpsByDefault();
    if (option != null && option.startsWith("hf:")) {
      return OnnxLanguageModel.load(HuggingFaceHub.fromEnvironment().fetch(option.substring(3)), threads);
    }
    Path dir = option == null ? modelsDir().resolve("lm") : Path.of(option);
    if (option != null && !Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a directory");
    }
    if (OnnxLanguageModel.isOnnxDirectory(dir)) {
      return OnnxLanguageModel.load(dir, threads);
    }
    if (!Files.exists(dir.resolve("config.json")) || !Files.exists(dir.resolve(LmTrainer.MODEL_NAME + "-0000.params"))) {
      if (option == null) {
        return null; // no built-in weights in this checkout: score without the language model
      }
      throw new IOException(dir + " holds neither an ONNX export nor a built-in model (config.json and weights)");
    }
    return BuiltInLanguageModel.load(dir, threads, runtime == null ? LmRuntime.preferredFor(dir) : runtime);
  }

  /** Like {@link #languageModel} for commands that cannot work without one. */
  static LanguageModel requireLanguageModel(String option, int threads) throws IOException {
    return requireLanguageModel(option, null, threads);
  }

  static LanguageModel requireLanguageModel(String option, LmRuntime runtime, int threads) throws IOException {
    if ("none".equals(option)) {
      throw new IOException("this command needs a language model; --lm none switches it off");
    }
    LanguageModel model = languageModel(option, runtime, threads);
    if (model == null) {
      throw new IOException("no language model: " + modelsDir().resolve("lm") + " has no weights; pass --lm DIR");
    }
    return model;
  }
}
