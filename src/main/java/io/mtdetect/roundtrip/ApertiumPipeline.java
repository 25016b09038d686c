package io.mtdetect.roundtrip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Apertium translation direction (a language pair's mode, e.g. {@code eng-spa}) run as one
 * long-lived chain of processes in null-flush mode: each request is a batch of sentences ended by
 * {@code \0}, and every stage flushes when it meets it, so a request costs no process start. The chain
 * is the pair's mode file as {@code apertium-wblank-mode -z} writes it, each stage under
 * {@code stdbuf -o0}: some lttoolbox stages do not flush at {@code \0} on their own. The text is
 * deformatted here (Apertium's reserved characters escaped; sentences joined by a {@code [\n]}
 * superblank), which {@code apertium-destxt} would do but cannot in null-flush mode. Not thread-safe:
 * {@link RoundTripPool} lends each to one thread at a time.
 */
public final class ApertiumPipeline implements AutoCloseable {
  static final Path MODES = Path.of("/usr/share/apertium/modes");
  private static final String RESERVED = "\\[]$^<>@/{}";
  private static final String SENTENCE_BREAK = "[\n]";
  /**
   * How long a reply may take (plus a little per character) before the chain counts as stuck: a stage
   * that swallows a flush would otherwise hang its caller for good.
   */
  private static final long REPLY_TIMEOUT_NANOS = 10_000_000_000L;
  private static final long PER_CHARACTER_NANOS = 2_000_000L;

  private final String pair;
  private final Process process;
  private final OutputStream in;
  private final InputStream out;

  private ApertiumPipeline(String pair, Process process) {
    this.pair = pair;
    this.process = process;
    this.in = process.getOutputStream();
    this.out = process.getInputStream();
  }

  /** Whether this machine can run the pair: its mode file, Apertium's mode writer and stdbuf. */
  public static boolean available(String pair) {
    return Files.isRegularFile(MODES.resolve(pair + ".mode")) && onPath("apertium-wblank-mode") && onPath("stdbuf");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  public static ApertiumPipeline start(String pair) throws IOException {
    Process writer = new ProcessBuilder("apertium-wblank-mode", "-z", MODES.resolve(pair + ".mode").toString())
        .redirectErrorStream(true).start();
    String chain = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    try {
      if (writer.waitFor() != 0 || chain.isEmpty()) {
        throw new IOException("apertium-wblank-mode failed for " + pair + ": " + chain);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting Apertium " + pair, e);
    }
    // $1: the generator's option (-g: unknown words keep their mark); $2: the tagger's extra option (none).
    String command = chain.replace("$1", "-g").replace("$2", "").replaceAll("(^|\\|)\\s*", "$1 stdbuf -o0 ");
    Process process = new ProcessBuilder("bash", "-c", command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    return new ApertiumPipeline(pair, process);
  }

  public String pair() {
    return pair;
  }

  /**
   * The translations of {@code sentences}, one each. Apertium keeps superblanks in place, so the batch
   * comes back in as many pieces; if it ever does not, each sentence is sent alone.
   */
  public List<String> translate(List<String> sentences) throws IOException {
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<String> pieces = request(sentences);
    if (pieces.size() == sentences.size()) {
      return pieces;
    }
    List<String> one = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      List<String> piece = request(List.of(s));
      one.add(String.join(" ", piece));
    }
    return one;
  }

  private List<String> request(List<String> sentences) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(SENTENCE_BREAK);
      }
      text.append(escape(s));
    }
    // A blank before the flush: without it some taggers hold the last word back for context, and the
    // generator drops a final full stop.
    text.append(" \0");
    in.write(text.toString().getBytes(StandardCharsets.UTF_8));
    in.flush();
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    long deadline = System.nanoTime() + REPLY_TIMEOUT_NANOS + text.length() * PER_CHARACTER_NANOS;
    byte[] buffer = new byte[8192];
    while (true) {
      int ready = out.available();
      if (ready == 0) {
        if (!process.isAlive()) {
          throw new IOException("Apertium " + pair + " stopped (exit " + exitCode() + ")");
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("Apertium " + pair + " did not answer in time");
        }
        java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        continue;
      }
      int n = out.read(buffer, 0, Math.min(ready, buffer.length));
      if (n < 0) {
        throw new IOException("Apertium " + pair + " stopped (exit " + exitCode() + ")");
      }
      // The flush marks the end of the reply; nothing follows it until the next request.
      int flush = indexOfZero(buffer, n);
      if (flush >= 0 && flush != n - 1) {
        throw new IOException("Apertium " + pair + " answered out of step");
      }
      reply.write(buffer, 0, flush >= 0 ? flush : n);
      if (flush >= 0) {
        break;
      }
    }
    return unformat(reply.toString(StandardCharsets.UTF_8));
  }

  private static int indexOfZero(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private String exitCode() {
    try {
      return process.waitFor(1, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  static String escape(String sentence) {
    StringBuilder out = new StringBuilder(sentence.length() + 8);
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
        continue;
      }
      if (RESERVED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Splits Apertium's output at the superblanks that hold a line break, unescapes it and drops the
   * marks of unknown words ({@code *}, {@code #}, {@code @}) and the other superblanks.
   */
  static List<String> unformat(String output) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (c == '\\' && i + 1 < output.length()) {
        piece.append(output.charAt(++i));
      } else if (c == '[') {
        int end = i + 1;
        StringBuilder blank = new StringBuilder();
        while (end < output.length() && output.charAt(end) != ']') {
          if (output.charAt(end) == '\\' && end + 1 < output.length()) {
            end++;
          }
          blank.append(output.charAt(end++));
        }
        i = end;
        if (blank.indexOf("\n") >= 0) {
          pieces.add(piece.toString().strip());
          piece.setLength(0);
        }
      } else if ((c == '*' || c == '#' || c == '@') && (i + 1 < output.length() && !Character.isWhitespace(output.charAt(i + 1)))
          && (i == 0 || !Character.isLetterOrDigit(output.charAt(i - 1)))) {
        continue; // an unknown or untranslatable word's mark
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString().strip());
    return pieces;
  }

  /** CPU seconds the chain's processes (every stage under the shell) have used so far. */
  double processCpuSeconds() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
        .mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException ignored) {
      // the chain is being torn down anyway
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }
}
