package io.mtdetect.ngram.train;

import io.mtdetect.eval.DocumentSplit;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The folds of cross-fitting, one per family of text: every WMT source language, every Apertium pivot,
 * the FLORES round trips with their originals, and English originals in three hashed parts. A
 * sentence's out-of-fold probability comes from a model that never saw its family, so the scorer is
 * fitted on probabilities as good as those of unseen text, and every leave-one-language- or
 * pivot-out row of {@code scripts/cross-eval} reads probabilities from a model that never saw it.
 */
public final class CrossFitFolds {
  private static final Pattern EXCERPT = Pattern.compile("/first\\d+$");
  private static final Pattern WMT = Pattern.compile("^([a-z]{2,3})-en/");
  private static final Pattern APERTIUM = Pattern.compile("^(?:full|mixed)-(\\w+)$");
  static final int ORIGINAL_PARTS = 3;

  private CrossFitFolds() {}

  /** The fold of a labelled article, from its group (an excerpt's is its article's) and document. */
  public static String of(String group, String articleId) {
    String g = EXCERPT.matcher(group).replaceFirst("");
    Matcher m = WMT.matcher(g);
    if (m.find()) {
      return "wmt-" + m.group(1);
    }
    m = APERTIUM.matcher(g);
    if (m.matches()) {
      return "apertium-" + m.group(1);
    }
    if (g.startsWith("roundtrip/") || g.equals("original/flores")) {
      return "flores";
    }
    CRC32 crc = new CRC32();
    crc.update(("fold:" + DocumentSplit.document(articleId)).getBytes(StandardCharsets.UTF_8));
    return "other-" + crc.getValue() % ORIGINAL_PARTS;
  }
}
