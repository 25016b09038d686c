package io.mtdetect.lm;

/**
 * DJL set-up shared by everything that touches the engine. DJL would otherwise try to download
 * native libraries; mtdetect ships them as Maven jars (pytorch-native-cpu, tokenizers), so it
 * runs offline unless the user explicitly sets {@code ai.djl.offline=false}.
 */
public final class Djl {
  private Djl() {}

  public static void offlineByDefault() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }

  /**
   * Scoring runs one article per worker thread already; PyTorch's own intra-op threads on top of
   * that oversubscribe the cores, and OpenMP threads waiting on descheduled siblings cost more than
   * they gain (measured with bench-lm). So scoring uses one PyTorch thread per call unless the user
   * sets {@code ai.djl.pytorch.num_threads}. Must run before the engine starts.
   */
  public static void singleThreadedOpsByDefault() {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
    }
    if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }
}
