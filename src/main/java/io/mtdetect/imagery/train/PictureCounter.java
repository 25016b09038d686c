package io.mtdetect.imagery.train;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import io.mtdetect.imagery.ConcreteNouns;
import io.mtdetect.imagery.ContentWords;
import io.mtdetect.imagery.PictureModel;
import io.mtdetect.lm.Corpus;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Counts, over a corpus's training split, each content word and each concrete noun's partners within
 * {@link PictureModel#WINDOW} content words, and keeps the pairs seen at least {@code minCount} times with a PMI above
 * {@code minPmi}: the pictures English news explains.
 */
public final class PictureCounter {
  private static final int PROGRESS_EVERY = 200_000;
  /** False positives of the explained-pairs filter: a picture wrongly read as explained now and then. */
  private static final double FALSE_POSITIVES = 0.01;

  private final ConcreteNouns nouns;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> lemmas = new ArrayList<>();
  private final List<Boolean> concrete = new ArrayList<>();
  private int[] unigrams = new int[1 << 16];
  private final Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
  private long total;
  private int pairsKept;

  public PictureCounter(ConcreteNouns nouns) {
    this.nouns = nouns;
  }

  public PictureModel count(Corpus corpus, int minCount, double minPmi, LongConsumer progress) throws IOException {
    long[] read = {0};
    corpus.paragraphs(Corpus.Split.TRAIN, paragraph -> {
      add(paragraph);
      if (++read[0] % PROGRESS_EVERY == 0) {
        progress.accept(read[0]);
      }
      return true;
    });
    return model(minCount, minPmi);
  }

  void add(String paragraph) {
    List<ContentWords.Word> words = ContentWords.of(paragraph, nouns);
    int[] t = new int[words.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = id(words.get(i).lemma());
      unigrams[t[i]]++;
    }
    total += t.length;
    for (int i = 0; i < t.length; i++) {
      if (!concrete.get(t[i])) {
        continue;
      }
      for (int j = Math.max(0, i - PictureModel.WINDOW); j < Math.min(t.length, i + PictureModel.WINDOW + 1); j++) {
        if (j != i) {
          pairs.addTo(((long) t[i] << 32) | t[j], 1);
        }
      }
    }
  }

  PictureModel model(int minCount, double minPmi) {
    List<String> kept = new ArrayList<>();
    for (Long2IntMap.Entry e : pairs.long2IntEntrySet()) {
      int noun = (int) (e.getLongKey() >>> 32);
      int partner = (int) e.getLongKey();
      double pmi = Math.log(e.getIntValue() * (double) total
          / ((double) unigrams[noun] * unigrams[partner] * 2 * PictureModel.WINDOW));
      if (e.getIntValue() >= minCount && pmi > minPmi) {
        kept.add(PictureModel.pairKey(lemmas.get(noun), lemmas.get(partner)));
      }
    }
    BloomFilter<CharSequence> explained = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8),
        Math.max(1, kept.size()), FALSE_POSITIVES);
    kept.forEach(explained::put);
    pairsKept = kept.size();
    Map<String, Integer> counts = new HashMap<>();
    for (int id = 0; id < lemmas.size(); id++) {
      if (concrete.get(id)) {
        counts.put(lemmas.get(id), unigrams[id]);
      }
    }
    return new PictureModel(nouns, explained, counts, total);
  }

  /** How many pairs were counted (every distinct pair seen). */
  public int pairsCounted() {
    return pairs.size();
  }

  /** How many of them the last {@link #model} call kept as explained. */
  public int pairsKept() {
    return pairsKept;
  }

  private int id(String lemma) {
    Integer id = ids.get(lemma);
    if (id == null) {
      id = lemmas.size();
      ids.put(lemma, id);
      lemmas.add(lemma);
      concrete.add(nouns.isPicture(lemma));
      if (id >= unigrams.length) {
        unigrams = java.util.Arrays.copyOf(unigrams, unigrams.length * 2);
      }
    }
    return id;
  }
}
