package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.roundtrip.Consistency;
import io.mtdetect.roundtrip.RoundTripPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Round-trip consistency: each sentence is translated into every pivot and back with Apertium and
 * compared with itself; machine translation changes less. Per sentence, each measure's mean over the
 * pivots ({@link Consistency}). The article is sent as one batch per direction.
 */
public final class RoundTripSignal implements SentenceSignal {
  public static final String FAMILY = "roundtrip";
  public static final String CHRF = "roundtrip.chrF";
  public static final String WORD_EDIT_RATE = "roundtrip.wordEditRate";
  public static final String CONTENT_KEPT = "roundtrip.contentKept";

  private final RoundTripPool pool;

  /** Takes ownership of {@code pool}: closing the signal stops its pipelines. */
  public RoundTripSignal(RoundTripPool pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return FAMILY;
  }

  @Override
  public List<String> features() {
    return List.of(CHRF, WORD_EDIT_RATE, CONTENT_KEPT);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    List<String> texts = article.sentences().stream().map(Sentence::text).toList();
    Map<String, List<String>> trips;
    try {
      trips = pool.roundTrips(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("Apertium round trip failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during an Apertium round trip", e);
    }
    List<Integer> failed = new java.util.ArrayList<>();
    for (Sentence s : article.sentences()) {
      double chrF = 0;
      double edits = 0;
      double kept = 0;
      int n = 0;
      for (List<String> back : trips.values()) {
        String trip = back.get(s.index());
        if (trip == null) {
          continue; // Apertium failed on this sentence through this pivot
        }
        Consistency.Measures m = Consistency.of(s.text(), trip);
        chrF += m.chrF();
        edits += m.wordEditRate();
        kept += m.contentKept();
        n++;
      }
      if (n > 0) {
        SentenceFindings f = findings.get(s.index());
        f.set(CHRF, chrF / n);
        f.set(WORD_EDIT_RATE, edits / n);
        f.set(CONTENT_KEPT, kept / n);
      } else {
        failed.add(s.index());
      }
    }
    fillFailed(article, findings, failed);
  }

  /**
   * A sentence no pivot could round-trip takes the article's mean of each measure (or, in an article
   * where every sentence failed, the values of a sentence that came back unchanged but for one word in
   * ten): a missing value must not read as a sentence translated beyond recognition.
   */
  private static void fillFailed(SegmentedArticle article, List<SentenceFindings> findings, List<Integer> failed) {
    if (failed.isEmpty()) {
      return;
    }
    int measured = article.sentences().size() - failed.size();
    for (String feature : List.of(CHRF, WORD_EDIT_RATE, CONTENT_KEPT)) {
      double mean = measured == 0 ? (feature.equals(WORD_EDIT_RATE) ? 0.1 : 0.9)
          : article.sentences().stream().filter(s -> !failed.contains(s.index()))
              .mapToDouble(s -> findings.get(s.index()).feature(feature)).sum() / measured;
      failed.forEach(i -> findings.get(i).set(feature, mean));
    }
  }

  /** What Apertium failed on so far ({@link RoundTripPool#failures}). */
  public String failures() {
    return pool.failures();
  }

  @Override
  public double externalCpuSeconds() {
    return pool.processCpuSeconds();
  }

  @Override
  public void close() {
    pool.close();
  }
}
