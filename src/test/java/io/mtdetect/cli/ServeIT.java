package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code mtdetect serve} as a user runs it: through the launcher, stopped with SIGTERM. */
class ServeIT {
  @Test
  void servesTheSeedsAndExitsZeroOnSigterm() throws Exception {
    // stderr goes to a file: reading a live process's pipe while it exits can fail with "Stream closed".
    Path log = Files.createTempFile("mtdetect-serve", ".log");
    Process p = new ProcessBuilder("scripts/mtdetect", "serve", "--port", "0", "--lm", "none", "--threads", "2")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
    try {
      Pattern serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
      Matcher m = serving.matcher("");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!m.find() && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        m = serving.matcher(Files.readString(log, StandardCharsets.UTF_8));
      }
      assertTrue(m.find(0), "no serving line: " + Files.readString(log, StandardCharsets.UTF_8));
      URI base = URI.create("http://127.0.0.1:" + m.group(1));
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String seed = Files.readString(Path.of("seeds/001_6c04b11d307fba50.txt"), StandardCharsets.UTF_8);
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/v1/score"))
          .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(seed)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("\"verdict\":\"machine-translated\""), r.body());

      // The seeds as JSON Lines, over HTTP and through `score`: the same records (but for where each came from).
      Path jsonl = Files.createTempFile("seeds", ".jsonl");
      Files.write(jsonl, io.mtdetect.TestArticles.seedsAsJsonLines(), StandardCharsets.UTF_8);
      HttpResponse<String> batch = client.send(HttpRequest.newBuilder(base.resolve("/v1/score"))
          .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(jsonl)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, batch.statusCode(), batch.body());
      Process cli = new ProcessBuilder("scripts/mtdetect", "score", "--lm", "none", "--threads", "2", "--format", "jsonl",
          jsonl.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String cliOut = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(cli.waitFor(3, TimeUnit.MINUTES));
      List<String> overHttp = batch.body().lines().toList();
      List<String> fromCli = cliOut.lines().toList();
      assertEquals(5, overHttp.size(), batch.body());
      assertEquals(fromCli.size(), overHttp.size());
      ObjectMapper json = new ObjectMapper();
      for (int i = 0; i < fromCli.size(); i++) {
        ObjectNode http = (ObjectNode) json.readTree(overHttp.get(i));
        ObjectNode local = (ObjectNode) json.readTree(fromCli.get(i));
        assertEquals("request:" + (i + 1), http.remove("source").asText());
        assertEquals(jsonl + ":" + (i + 1), local.remove("source").asText());
        assertEquals(local, http, "seed " + i);
      }

      long start = System.nanoTime();
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(1, TimeUnit.MINUTES), "stops after SIGTERM");
      String rest = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), rest);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "nothing in flight: stops at once");
      assertTrue(rest.contains("mtdetect: stopped"), rest);
    } finally {
      p.destroyForcibly();
    }
  }
}
