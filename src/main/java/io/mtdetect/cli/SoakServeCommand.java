package io.mtdetect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mtdetect.core.Article;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.InputLimits;
import io.mtdetect.ingest.InputReader;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.pipeline.StartupTimes;
import io.mtdetect.score.ScorerModel;
import io.mtdetect.serve.ScoringServer;
import io.mtdetect.serve.ServerLimits;
import io.mtdetect.serve.load.MemoryProbe;
import io.mtdetect.serve.load.SoakReport;
import io.mtdetect.serve.load.SoakSample;
import io.mtdetect.serve.load.SoakTest;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "soak-serve", mixinStandardHelpOptions = true,
    description = {"A soak of the HTTP service on loopback: the service is started in this process with the built-in",
        "models (or --url names one running on this machine, --pid its process), then CLIENTS clients, more than it",
        "takes in flight, send articles one at a time until --duration or --max-requests; a 429 is waited out as",
        "Retry-After says. Every window (--sample-every) writes a CSV line: answers by kind, latency p50/p99/max,",
        "heap after the last collection, heap in use and resident memory. Prints the growth of resident memory and",
        "heap from the first to the last tenth after warm-up and the range of the windows' p99.",
        "Exit 0 when every request was answered 200 with its own record or 429, none twice, and resident memory grew",
        "no more than --max-growth; 1 otherwise."})
final class SoakServeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Articles (default: seeds/ and " + BenchCommand.CLEAN_NEWS + " when present).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--duration", defaultValue = "3600", paramLabel = "SECONDS", description = "How long (default: ${DEFAULT-VALUE}).")
  int durationSeconds;

  @Option(names = "--max-requests", defaultValue = "1000000", paramLabel = "N",
      description = "Stop after this many requests even if time is left (default: ${DEFAULT-VALUE}).")
  long maxRequests;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: 1.5 times what the service takes in flight).")
  Integer clients;

  @Option(names = "--sample-every", defaultValue = "30", paramLabel = "SECONDS", description = "Window length (default: ${DEFAULT-VALUE}).")
  int sampleSeconds;

  @Option(names = "--warm-up", paramLabel = "SECONDS",
      description = "Left out of the growth and latency figures (default: a tenth of the duration, at most 300).")
  Integer warmUpSeconds;

  @Option(names = "--max-growth", defaultValue = "0.10", paramLabel = "SHARE",
      description = "Resident memory growth after warm-up that fails the soak (default: ${DEFAULT-VALUE}).")
  double maxGrowth;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the samples here (CSV with header).")
  Path csv;

  @Option(names = "--threads", paramLabel = "N", description = "Scoring threads of the service (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--url", paramLabel = "URL", description = "Soak a service already running on this machine (loopback).")
  URI url;

  @Option(names = "--pid", paramLabel = "PID", description = "With --url: the service's process, for its resident memory.")
  Long pid;

  private final Console console;

  SoakServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (durationSeconds < 1 || maxRequests < 1 || sampleSeconds < 1 || threads < 1 || (clients != null && clients < 1)) {
      return console.usageError("--duration, --max-requests, --sample-every, --clients and --threads must be positive");
    }
    if (url != null && !BenchServeCommand.isLoopback(url)) {
      return console.usageError("--url must be a loopback address: a soak is not for services on other machines");
    }
    BenchServeCommand.addDefaultInputs(inputs);
    List<String> bodies = bodies(InputReader.readAll(inputs, InputLimits.DEFAULT));
    if (bodies.isEmpty()) {
      return console.usageError("no readable articles in " + String.join(" ", inputs));
    }
    int warmUp = warmUpSeconds != null ? warmUpSeconds : Math.min(300, durationSeconds / 10);
    try (PrintStream samples = csv == null ? null : new PrintStream(Files.newOutputStream(csv), true, "UTF-8")) {
      if (samples != null) {
        samples.println(SoakSample.CSV_HEADER);
      }
      if (url != null) {
        int n = clients != null ? clients : 12;
        return soak(url, bodies, n, pid == null ? MemoryProbe.unknown() : MemoryProbe.process(pid),
            warmUp, samples);
      }
      ModelLoading.Loaded loaded;
      try {
        loaded = ModelLoading.load(null, null, threads, new StartupTimes());
      } catch (IOException e) {
        return console.usageError("cannot load language model: " + e.getMessage());
      }
      ServerLimits limits = ServerLimits.defaults(threads);
      try (ArticleAnalyzer analyzer = DefaultPipeline.create(ScorerModel.bundled(), threads, loaded.languageModel(), null, false,
              loaded.languageTool());
          ScoringServer server = ScoringServer.start(new InetSocketAddress("127.0.0.1", 0), analyzer, threads, limits)) {
        int n = clients != null ? clients : limits.maxInFlight() * 3 / 2;
        line("service: 127.0.0.1:%d in this process, %d scoring threads, %d requests in flight at most", server.port(),
            threads, limits.maxInFlight());
        return soak(URI.create("http://127.0.0.1:" + server.port()), bodies, n, MemoryProbe.thisProcess(), warmUp, samples);
      }
    } catch (IOException e) {
      return console.usageError("cannot write " + csv + ": " + e.getMessage());
    }
  }

  private int soak(URI service, List<String> bodies, int n, MemoryProbe memory, int warmUp, PrintStream samples)
      throws InterruptedException {
    line("soak: %d clients, %d s or %d requests, %d articles, a sample every %d s, warm-up %d s", n, durationSeconds,
        maxRequests, bodies.size(), sampleSeconds, warmUp);
    SoakReport report = new SoakTest(service, bodies, memory).run(n, Duration.ofSeconds(durationSeconds), maxRequests,
        Duration.ofSeconds(sampleSeconds), s -> {
          if (samples != null) {
            samples.println(s.csvLine());
          }
          console.err().printf(Locale.ROOT, "soak: %.0f s, window: %d ok, %d 429, p99 %.2f s, rss %.0f MB%n", s.elapsedSeconds(),
              s.answers().ok(), s.answers().tooMany(), s.answers().p99Seconds(), s.residentBytes() / 1e6);
        });
    var a = report.answers();
    double rss = report.growth(warmUp, SoakSample::residentBytes);
    double heap = report.growth(warmUp, SoakSample::heapAfterGcBytes);
    double[] p99 = report.p99Range(warmUp);
    line("requests: %d in %.0f s: %d answered 200 with their record, %d answered 429, %d other statuses, %d wrong records,"
        + " %d lost, %d answered twice", a.requests(), report.seconds(), a.ok(), a.tooMany(), a.otherStatus(), a.wrongRecord(),
        a.lost(), a.answeredTwice());
    line("latency of 200s: p50 %.3f s, p99 %.3f s, max %.3f s; windows after warm-up: p99 from %.3f to %.3f s", a.p50Seconds(),
        a.p99Seconds(), a.maxSeconds(), p99[0], p99[1]);
    line("growth after warm-up (last tenth over first tenth, medians): resident memory %+.1f%%, heap after GC %+.1f%%",
        100 * rss, 100 * heap);
    boolean passed = a.allAnsweredByDesign() && !(rss > maxGrowth);
    line(passed ? "soak passed" : "soak FAILED");
    return passed ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** Each readable article as a JSON body without an id (the soak gives every request its own). */
  private static List<String> bodies(List<InputItem> items) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    for (InputItem item : items) {
      if (item instanceof InputItem.Readable readable) {
        Article a = readable.article();
        ObjectNode body = json.createObjectNode();
        if (a.title() != null) {
          body.put("title", a.title());
        }
        body.put("text", a.text());
        bodies.add(json.writeValueAsString(body));
      }
    }
    return bodies;
  }

  private void line(String format, Object... args) {
    console.out().printf(Locale.ROOT, format + "%n", args);
    console.out().flush();
  }
}
