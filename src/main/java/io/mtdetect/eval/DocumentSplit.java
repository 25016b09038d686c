package io.mtdetect.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed train/test split by source document: every variant of one document (its original and
 * its round trips, {@code DOC#condition}) falls on the same side, so the scorer is never tested on a
 * document it was fitted on. A CRC of the document id decides, stable across JVMs and runs.
 */
public final class DocumentSplit {
  /** Percent of documents in the training split. */
  public static final int TRAIN_PERCENT = 70;

  /** Which articles a command works on. */
  public enum Part {
    TRAIN,
    TEST,
    ALL;

    public boolean contains(String articleId) {
      return this == ALL || (this == TRAIN) == isTraining(articleId);
    }
  }

  private DocumentSplit() {}

  public static String document(String articleId) {
    int hash = articleId.indexOf('#');
    return hash < 0 ? articleId : articleId.substring(0, hash);
  }

  public static boolean isTraining(String articleId) {
    return hash("", articleId) % 100 < TRAIN_PERCENT;
  }

  /**
   * A quarter of the documents, chosen by a second hash (salted, so independent of the train/test
   * split): the training documents on which train-scorer calibrates a tree model rather than fits it.
   */
  public static boolean isCalibration(String articleId) {
    return hash("calibration:", articleId) % 4 == 0;
  }

  private static long hash(String salt, String articleId) {
    CRC32 crc = new CRC32();
    crc.update((salt + document(articleId)).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
