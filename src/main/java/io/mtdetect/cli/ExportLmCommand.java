package io.mtdetect.cli;

import io.mtdetect.lm.export.TransformerOnnxExport;
import io.mtdetect.lm.export.TransformerOnnxExport.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export-lm", mixinStandardHelpOptions = true,
    description = {"Write the built-in language model (DJL weights) as ONNX graphs beside them, for --lm-runtime onnx and",
        "onnx-int8: mtdetect-lm.onnx (float weights) and mtdetect-lm-int8.onnx (int8 matrix weights, per-column scales)."})
final class ExportLmCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Model directory (default: the built-in models/lm).")
  Path dir;

  @Option(names = "--precision", split = ",", paramLabel = "P",
      description = "Which exports to write: float32, int8 (default: both).")
  List<String> precisions = List.of("float32", "int8");

  private final Console console;

  ExportLmCommand(Console console) {
    this.console = console;
  }

  /** After training: the ONNX exports of the weights just saved in {@code dir}, so scoring never reads stale ones. */
  static void exportBeside(Path dir, Console console) throws IOException {
    for (Path file : TransformerOnnxExport.writeAll(dir)) {
      reportWritten(file, console);
    }
  }

  private static void reportWritten(Path file, Console console) throws IOException {
    console.err().printf(Locale.ROOT, "mtdetect: wrote %s (%.1f MB)%n", file, Files.size(file) / 1e6);
  }

  @Override
  public Integer call() throws Exception {
    Path modelDir = dir != null ? dir : BuiltInModels.modelsDir().resolve("lm");
    if (!Files.exists(modelDir.resolve("config.json"))) {
      return console.usageError(modelDir + " holds no built-in model (config.json and weights)");
    }
    for (String name : precisions) {
      Precision precision;
      try {
        precision = Precision.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return console.usageError("unknown --precision " + name + " (float32, int8)");
      }
      Path out;
      try {
        out = TransformerOnnxExport.write(modelDir, precision);
      } catch (IOException e) {
        return console.usageError("cannot export " + modelDir + ": " + e.getMessage());
      }
      reportWritten(out, console);
    }
    return ExitCodes.OK;
  }
}
