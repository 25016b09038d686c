package io.mtdetect.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's streams, passed in rather than read from {@code System} so commands can be run and
 * checked in tests. Every user-facing error goes through here as one line prefixed "mtdetect:".
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean stderrIsTerminal) {

  public static Console system() {
    return new Console(System.in, System.out, System.err, System.console() != null);
  }

  /** A problem with one input item; the run goes on. */
  void itemError(String item, String reason) {
    err.println("mtdetect: " + item + ": " + reason);
  }

  /** A problem that stops the command before anything is scored. */
  int usageError(String message) {
    err.println("mtdetect: error: " + message);
    return ExitCodes.NOTHING_SCORED_OR_USAGE;
  }

  Writer openOutput(Path file) throws IOException {
    if (file == null) {
      // Closing the result must not close the process's stdout.
      return new BufferedWriter(new OutputStreamWriter(new NonClosingStream(out), StandardCharsets.UTF_8));
    }
    return replacing(Files.newOutputStream(file));
  }

  /**
   * A UTF-8 writer that writes a character it cannot encode (half of a surrogate pair) as "?", as stdout does,
   * instead of failing the run: one odd character in one record must not lose the records after it.
   */
  static Writer replacing(java.io.OutputStream file) {
    return new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
  }

  private static final class NonClosingStream extends java.io.FilterOutputStream {
    NonClosingStream(PrintStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
