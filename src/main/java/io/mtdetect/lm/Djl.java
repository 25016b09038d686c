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
}
