package io.mtdetect.imagery;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * English nouns with the kind of thing their most frequent sense names (WordNet 3.1's lexicographer file), and the
 * irregular plurals: enough to lemmatise a noun and to tell a picture ("tomatoes", "ears", "plough") from an
 * abstraction ("merger", "voters"). Read from {@code nouns.tsv.gz}: {@code lemma TAB kind} lines, {@code kind} one of
 * {@link #CONCRETE_KINDS} or {@code -}, and {@code plural TAB =lemma} lines for the irregular plurals.
 */
public final class ConcreteNouns {
  /** The WordNet noun files of things one can see or touch: what a literal idiom pictures. */
  public static final java.util.Set<String> CONCRETE_KINDS =
      java.util.Set.of("animal", "artifact", "body", "food", "object", "plant", "substance");
  private static final String NOT_CONCRETE = "-";

  private final Map<String, String> kinds;
  private final Map<String, String> irregularPlurals;

  public ConcreteNouns(Map<String, String> kinds, Map<String, String> irregularPlurals) {
    this.kinds = Map.copyOf(kinds);
    this.irregularPlurals = Map.copyOf(irregularPlurals);
  }

  /** The noun's lemma ("tomatoes" → "tomato", "oxen" → "ox"), or the word itself when it is no known noun form. */
  public String lemma(String lowerCaseWord) {
    String irregular = irregularPlurals.get(lowerCaseWord);
    if (irregular != null) {
      return irregular;
    }
    if (kinds.containsKey(lowerCaseWord)) {
      return lowerCaseWord;
    }
    for (String[] rule : new String[][] {{"ies", "y"}, {"es", ""}, {"s", ""}}) {
      if (lowerCaseWord.endsWith(rule[0])) {
        String stem = lowerCaseWord.substring(0, lowerCaseWord.length() - rule[0].length()) + rule[1];
        if (kinds.containsKey(stem)) {
          return stem;
        }
      }
    }
    return lowerCaseWord;
  }

  /** The kind of thing a lemma names when it is concrete ("food", "body", …), else null. */
  public String concreteKind(String lemma) {
    String kind = kinds.get(lemma);
    return kind == null || NOT_CONCRETE.equals(kind) ? null : kind;
  }

  /**
   * Whether a lemma is a picture: a concrete noun of three letters or more (two-letter nouns are mostly
   * abbreviations: "pc").
   */
  public boolean isPicture(String lemma) {
    return lemma.length() > 2 && concreteKind(lemma) != null;
  }

  public int size() {
    return kinds.size();
  }

  public void write(OutputStream out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, String> e : new TreeMap<>(kinds).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (Map.Entry<String, String> e : new TreeMap<>(irregularPlurals).entrySet()) {
        w.write(e.getKey() + "\t=" + e.getValue() + "\n");
      }
    }
  }

  public static ConcreteNouns read(InputStream gzipped) throws IOException {
    Map<String, String> kinds = new java.util.HashMap<>();
    Map<String, String> plurals = new java.util.HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException("malformed noun line: " + line);
        }
        String value = line.substring(tab + 1);
        if (value.startsWith("=")) {
          plurals.put(line.substring(0, tab), value.substring(1));
        } else {
          kinds.put(line.substring(0, tab), value);
        }
      }
    }
    return new ConcreteNouns(kinds, plurals);
  }
}
