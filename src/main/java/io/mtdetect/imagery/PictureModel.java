package io.mtdetect.imagery;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Which concrete nouns English news pairs with which words: a literal idiom puts a picture into a sentence that no
 * other word of it explains ("the regulator had <em>tomatoes</em> on its eyes"), where an English idiom uses a picture
 * English news uses ("turned a blind <em>eye</em>": "eye" is found beside "blind"). A pair counts as explained when the
 * corpus has it within {@link #WINDOW} content words at least twice with a PMI above 1; the explained pairs are held in
 * a Bloom filter (1% false positives: a few pictures read as explained), the concrete nouns' counts beside it for
 * their rarity. docs/benchmark.md, "Literal idioms as pictures nothing explains".
 */
public final class PictureModel {
  public static final String NOUNS_FILE = "nouns.tsv.gz";
  public static final String PAIRS_FILE = "explained-pairs.bloom";
  public static final String COUNTS_FILE = "counts.tsv.gz";
  /** Content words either side of a noun within which a partner counts. */
  public static final int WINDOW = 5;
  /**
   * A picture in a sentence with more concrete nouns than this is a concrete story (gardening, a safari park), not a
   * picture in an abstract sentence.
   */
  public static final int MAX_OTHER_CONCRETE = 2;
  private static final String TOTAL = "#total";

  private final ConcreteNouns nouns;
  private final BloomFilter<CharSequence> explained;
  private final Map<String, Integer> counts;
  private final long total;

  public PictureModel(ConcreteNouns nouns, BloomFilter<CharSequence> explained, Map<String, Integer> counts, long total) {
    this.nouns = nouns;
    this.explained = explained;
    this.counts = Map.copyOf(counts);
    this.total = total;
  }

  /** A concrete noun no other word of its sentence explains, and how rare it is (surprisal in nats / 20). */
  public record Picture(ContentWords.Word word, String kind, double weight) {}

  public static String pairKey(String noun, String partner) {
    return noun + "\t" + partner;
  }

  public ConcreteNouns nouns() {
    return nouns;
  }

  /** The unexplained pictures of one sentence's content words, strongest first. */
  public List<Picture> unexplained(List<ContentWords.Word> words) {
    Set<String> concrete = new HashSet<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (ContentWords.Word w : words) {
      occurrences.merge(w.lemma(), 1, Integer::sum);
      if (nouns.isPicture(w.lemma())) {
        concrete.add(w.lemma());
      }
    }
    List<Picture> pictures = new ArrayList<>();
    if (concrete.size() - 1 > MAX_OTHER_CONCRETE) {
      return pictures;
    }
    Set<String> reported = new HashSet<>();
    for (ContentWords.Word w : words) {
      String noun = w.lemma();
      if (!concrete.contains(noun) || !reported.add(noun) || explainedIn(noun, occurrences)) {
        continue;
      }
      double weight = -Math.log((counts.getOrDefault(noun, 0) + 1.0) / Math.max(1, total)) / 20;
      pictures.add(new Picture(w, nouns.concreteKind(noun), weight));
    }
    pictures.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    return pictures;
  }

  private boolean explainedIn(String noun, Map<String, Integer> occurrences) {
    for (Map.Entry<String, Integer> partner : occurrences.entrySet()) {
      boolean other = !partner.getKey().equals(noun) || partner.getValue() > 1;
      if (other && explained.mightContain(pairKey(noun, partner.getKey()))) {
        return true;
      }
    }
    return false;
  }

  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    nouns.write(Files.newOutputStream(dir.resolve(NOUNS_FILE)));
    try (var out = Files.newOutputStream(dir.resolve(PAIRS_FILE))) {
      explained.writeTo(out);
    }
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(dir.resolve(COUNTS_FILE))), StandardCharsets.UTF_8))) {
      w.write(TOTAL + "\t" + total + "\n");
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  public static PictureModel load(Path dir) throws IOException {
    try (InputStream n = Files.newInputStream(dir.resolve(NOUNS_FILE));
        InputStream p = Files.newInputStream(dir.resolve(PAIRS_FILE));
        InputStream c = Files.newInputStream(dir.resolve(COUNTS_FILE))) {
      return read(n, p, c);
    }
  }

  /** The model that ships in the jar ({@code models/imagery}), or null when this build has none. */
  public static PictureModel bundled() {
    String base = "/models/imagery/";
    try (InputStream n = PictureModel.class.getResourceAsStream(base + NOUNS_FILE);
        InputStream p = PictureModel.class.getResourceAsStream(base + PAIRS_FILE);
        InputStream c = PictureModel.class.getResourceAsStream(base + COUNTS_FILE)) {
      return n == null || p == null || c == null ? null : read(n, p, c);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled imagery model", e);
    }
  }

  static PictureModel read(InputStream nounsIn, InputStream pairsIn, InputStream countsIn) throws IOException {
    ConcreteNouns nouns = ConcreteNouns.read(nounsIn);
    BloomFilter<CharSequence> explained =
        BloomFilter.readFrom(new java.io.BufferedInputStream(pairsIn), Funnels.stringFunnel(StandardCharsets.UTF_8));
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(countsIn), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException("malformed imagery count line: " + line);
        }
        if (line.startsWith(TOTAL + "\t")) {
          total = Long.parseLong(line.substring(tab + 1));
        } else {
          counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
      }
    }
    return new PictureModel(nouns, explained, counts, total);
  }
}
