package io.mtdetect.signals;

import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SentenceFindings;
import java.util.List;

/**
 * Stage 3 of the pipeline: one family of evidence that a sentence was machine translated.
 *
 * <p>A signal sees the whole article (some signs, like a name spelled two ways, only show across
 * sentences) and writes into {@code findings}, which holds one entry per sentence in order.
 * Feature names are prefixed with {@link #name()} so the scorer and ablations can group them.
 * Implementations must be safe to call from several threads at once; those that hold
 * non-thread-safe resources pool them and release them in {@link #close()}.
 */
public interface SentenceSignal extends AutoCloseable {

  /** Short stable name, also the prefix of every feature this signal writes. */
  String name();

  /** Every feature this signal can write; absent ones read as 0, so each sentence reports them all. */
  List<String> features();

  void analyse(SegmentedArticle article, List<SentenceFindings> findings);

  /** CPU seconds this signal's helper processes have used so far (outside the JVM); 0 for most signals. */
  default double externalCpuSeconds() {
    return 0;
  }

  @Override
  default void close() {}
}
