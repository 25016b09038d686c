package io.mtdetect.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data files under {@code models/} that ship inside the jar, read as their non-blank, non-comment lines. */
final class BundledLines {
  private BundledLines() {}

  /** The resource's lines, stripped, without blank lines and {@code #} comments. */
  static List<String> of(String resource) {
    try (InputStream in = BundledLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath (a broken build?)");
      }
      List<String> out = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        String content = line.strip();
        if (!content.isEmpty() && !content.startsWith("#")) {
          out.add(content);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
