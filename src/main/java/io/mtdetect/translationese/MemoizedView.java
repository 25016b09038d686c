package io.mtdetect.translationese;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A sentence view that remembers the views it made last, so that the signals reading one sentence in the same
 * view tag it once: the word-order signal reads each sentence's translationese view, and the whole-text
 * translationese model reads the same views joined (docs/benchmark.md, "Work done once"). Tagging is most of a
 * view's cost; a sentence's view depends on nothing but the sentence.
 *
 * <p>Thread-safe: the pipeline analyses articles on several threads. The view itself runs outside the lock, so a
 * sentence two threads meet at once may be tagged twice, never wrongly.
 */
public final class MemoizedView implements UnaryOperator<String> {
  private final UnaryOperator<String> view;
  private final Map<String, String> recent;

  /** Remembers the views of the last {@code capacity} distinct sentences. */
  public MemoizedView(UnaryOperator<String> view, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.view = view;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String apply(String sentence) {
    synchronized (recent) {
      String known = recent.get(sentence);
      if (known != null) {
        return known;
      }
    }
    String made = view.apply(sentence);
    synchronized (recent) {
      recent.put(sentence, made);
    }
    return made;
  }
}
