package io.mtdetect.lm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains a byte-level BPE tokenizer and writes it as a Hugging Face {@code tokenizer.json}, so the
 * built-in model and any Hugging Face model are tokenised by the same code (DJL's
 * HuggingFaceTokenizer). The algorithm is the standard one: start from the 256 byte symbols and
 * repeatedly merge the most frequent adjacent pair, counting pairs incrementally.
 */
public final class BpeTrainer {
  public static final String END_OF_TEXT = "<|endoftext|>";

  private final int vocabularySize;
  private final int minWordCount;

  public BpeTrainer(int vocabularySize, int minWordCount) {
    if (vocabularySize < 300) {
      throw new IllegalArgumentException("vocabulary must hold at least the 256 bytes and some merges");
    }
    this.vocabularySize = vocabularySize;
    this.minWordCount = minWordCount;
  }

  /** Word (pre-token) frequencies of a text sample, the trainer's input. */
  public static final class WordCounts {
    private final Map<String, Integer> counts = new HashMap<>();

    public void add(String text) {
      for (String piece : ByteLevel.pieces(text)) {
        counts.merge(piece, 1, Integer::sum);
      }
    }

    public int distinct() {
      return counts.size();
    }
  }

  /** A trained tokenizer: the vocabulary in id order and the merges in priority order. */
  public record Result(List<String> vocabulary, List<String[]> merges) {}

  public Result train(WordCounts words) {
    List<String> symbols = new ArrayList<>();
    Map<String, Integer> symbolIds = new HashMap<>();
    symbols.add(END_OF_TEXT);
    symbolIds.put(END_OF_TEXT, 0);
    for (int b = 0; b < 256; b++) {
      String s = String.valueOf(ByteLevel.charOf(b));
      symbolIds.put(s, symbols.size());
      symbols.add(s);
    }
    List<int[]> sequences = new ArrayList<>();
    List<Integer> frequencies = new ArrayList<>();
    for (Map.Entry<String, Integer> e : words.counts.entrySet()) {
      if (e.getValue() < minWordCount) {
        continue;
      }
      String w = e.getKey();
      int[] seq = new int[w.length()];
      for (int i = 0; i < w.length(); i++) {
        seq[i] = symbolIds.get(String.valueOf(w.charAt(i)));
      }
      sequences.add(seq);
      frequencies.add(e.getValue());
    }
    Map<Long, Long> pairCounts = new HashMap<>();
    Map<Long, Set<Integer>> pairWords = new HashMap<>();
    for (int w = 0; w < sequences.size(); w++) {
      addPairs(sequences.get(w), frequencies.get(w), w, pairCounts, pairWords);
    }
    List<String[]> merges = new ArrayList<>();
    while (symbols.size() < vocabularySize && !pairCounts.isEmpty()) {
      long best = -1;
      long bestCount = 0;
      for (Map.Entry<Long, Long> e : pairCounts.entrySet()) {
        // Ties broken by pair key so training is deterministic whatever the hash order.
        if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      if (bestCount < 2) {
        break;
      }
      int left = (int) (best >>> 32);
      int right = (int) best;
      int merged = symbols.size();
      String mergedText = symbols.get(left) + symbols.get(right);
      symbols.add(mergedText);
      merges.add(new String[] {symbols.get(left), symbols.get(right)});
      for (int w : new ArrayList<>(pairWords.getOrDefault(best, Set.of()))) {
        int[] seq = sequences.get(w);
        int freq = frequencies.get(w);
        removePairs(seq, freq, w, pairCounts, pairWords);
        int[] next = applyMerge(seq, left, right, merged);
        sequences.set(w, next);
        addPairs(next, freq, w, pairCounts, pairWords);
      }
    }
    return new Result(symbols, merges);
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }

  private static void addPairs(int[] seq, int freq, int word, Map<Long, Long> counts, Map<Long, Set<Integer>> where) {
    for (int i = 0; i + 1 < seq.length; i++) {
      long k = key(seq[i], seq[i + 1]);
      counts.merge(k, (long) freq, Long::sum);
      where.computeIfAbsent(k, x -> new HashSet<>()).add(word);
    }
  }

  private static void removePairs(int[] seq, int freq, int word, Map<Long, Long> counts, Map<Long, Set<Integer>> where) {
    for (int i = 0; i + 1 < seq.length; i++) {
      long k = key(seq[i], seq[i + 1]);
      long left = counts.merge(k, (long) -freq, Long::sum);
      if (left <= 0) {
        counts.remove(k);
      }
      Set<Integer> ws = where.get(k);
      if (ws != null) {
        ws.remove(word);
        if (ws.isEmpty()) {
          where.remove(k);
        }
      }
    }
  }

  private static int[] applyMerge(int[] seq, int left, int right, int merged) {
    int[] out = new int[seq.length];
    int n = 0;
    for (int i = 0; i < seq.length; i++) {
      if (i + 1 < seq.length && seq[i] == left && seq[i + 1] == right) {
        out[n++] = merged;
        i++;
      } else {
        out[n++] = seq[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Writes {@code tokenizer.json} in the Hugging Face tokenizers format (GPT-2 style byte-level BPE). */
  public static void writeTokenizerJson(Result result, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    ObjectNode eot = added.addObject();
    eot.put("id", 0);
    eot.put("content", END_OF_TEXT);
    eot.put("single_word", false);
    eot.put("lstrip", false);
    eot.put("rstrip", false);
    eot.put("normalized", false);
    eot.put("special", true);
    root.putNull("normalizer");
    root.set("pre_tokenizer", byteLevel(json, false));
    root.set("post_processor", byteLevel(json, false));
    root.set("decoder", byteLevel(json, false));
    ObjectNode model = root.putObject("model");
    model.put("type", "BPE");
    model.putNull("dropout");
    model.putNull("unk_token");
    model.putNull("continuing_subword_prefix");
    model.putNull("end_of_word_suffix");
    model.put("fuse_unk", false);
    model.put("byte_fallback", false);
    ObjectNode vocab = model.putObject("vocab");
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (int i = 0; i < result.vocabulary().size(); i++) {
      ids.putIfAbsent(result.vocabulary().get(i), i);
    }
    ids.forEach(vocab::put);
    ArrayNode merges = model.putArray("merges");
    for (String[] m : result.merges()) {
      merges.add(m[0] + " " + m[1]);
    }
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  private static ObjectNode byteLevel(ObjectMapper json, boolean addPrefixSpace) {
    ObjectNode node = json.createObjectNode();
    node.put("type", "ByteLevel");
    node.put("add_prefix_space", addPrefixSpace);
    node.put("trim_offsets", true);
    node.put("use_regex", true);
    return node;
  }
}
