package io.mtdetect.lm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Fetches a causal LM's ONNX export and tokenizer from the Hugging Face hub into a local cache
 * ({@code ~/.cache/mtdetect/hf/NAME}), for {@code --lm hf:NAME}. The endpoint follows the hub's
 * own {@code HF_ENDPOINT} convention. Offline, it fails with a message that says so.
 */
public final class HuggingFaceHub {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final List<String> MODEL_PATHS = List.of("onnx/model.onnx", "onnx/decoder_model.onnx", "model.onnx");

  private final String endpoint;
  private final Path cache;

  public HuggingFaceHub(String endpoint, Path cache) {
    this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    this.cache = cache;
  }

  public static HuggingFaceHub fromEnvironment() {
    String endpoint = System.getenv().getOrDefault("HF_ENDPOINT", "https://huggingface.co");
    return new HuggingFaceHub(endpoint, Path.of(System.getProperty("user.home"), ".cache", "mtdetect", "hf"));
  }

  /** The local directory holding {@code model.onnx} and {@code tokenizer.json} for {@code name}. */
  public Path fetch(String name) throws IOException {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?")) {
      throw new IOException("\"" + name + "\" is not a Hugging Face model name (owner/name)");
    }
    Path dir = cache.resolve(name);
    if (OnnxLanguageModel.isOnnxDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      download(http, name, "tokenizer.json", dir.resolve("tokenizer.json"));
      for (String path : MODEL_PATHS) {
        if (download(http, name, path, dir.resolve(Path.of(path).getFileName().toString()))) {
          return dir;
        }
      }
    } catch (IOException e) {
      throw new IOException("cannot download " + name + " from " + endpoint + " (offline?): " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + name, e);
    }
    throw new IOException(name + " has no ONNX export on the hub (looked for " + String.join(", ", MODEL_PATHS) + ")");
  }

  private boolean download(HttpClient http, String name, String path, Path target) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/" + name + "/resolve/main/" + path))
        .timeout(TIMEOUT).GET().build();
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(partial));
    if (response.statusCode() == 404) {
      Files.deleteIfExists(partial);
      if (path.equals("tokenizer.json")) {
        throw new IOException(name + " has no tokenizer.json");
      }
      return false;
    }
    if (response.statusCode() != 200) {
      Files.deleteIfExists(partial);
      throw new IOException("HTTP " + response.statusCode() + " for " + path);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
