package io.mtdetect.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentSplitTest {
  @Test
  void everyVersionOfADocumentFallsOnOneSide() {
    // Ids as scripts/make-neural-data and make-roundtrip write them: DOC#VERSION.
    String[] versions = {"#Online-B", "#ref-A", "#ref-B", "#Facebook-AI", "#original", "#full-spa", "#deu"};
    Map<Boolean, Integer> sides = new HashMap<>();
    for (int d = 0; d < 200; d++) {
      String doc = "de-en:block" + d;
      boolean side = DocumentSplit.isTraining(doc + versions[0]);
      for (String v : versions) {
        assertEquals(side, DocumentSplit.isTraining(doc + v), doc + v);
      }
      sides.merge(side, 1, Integer::sum);
    }
    // About 70% of documents train; the rest are held out.
    assertTrue(sides.get(true) > 120 && sides.get(false) > 35, sides.toString());
  }

  @Test
  void matchesThePythonScriptsCrc() {
    // python3 -c "import zlib; print(zlib.crc32(b'de-en:block000') % 100)" prints 27, which
    // scripts/make-neural-data reads as training (< 70): the classifier's split is the scorer's.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("de-en:block000".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(27, crc.getValue() % 100);
    assertTrue(DocumentSplit.isTraining("de-en:block000#Online-B"));
  }
}
