package io.mtdetect.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Any bytes on standard input (JSON Lines or text) become input items: readable articles, or
 * unreadable ones with a one-line reason. Nothing escapes as an exception. Inputs in
 * {@code JsonLinesReaderFuzzTestInputs/}; {@code docs/fuzzing.md} says how to fuzz longer.
 */
class JsonLinesReaderFuzzTest {
  /** Small, so the line-length limit is reached by the fuzzer too. */
  private static final InputLimits LIMITS = new InputLimits(4096);

  @FuzzTest(maxDuration = "5s")
  void anyBytesBecomeItemsOrOneLineReasons(byte[] input) throws IOException {
    int items = 0;
    try (InputReader reader = new InputReader(List.of(InputReader.STDIN), new ByteArrayInputStream(input), LIMITS)) {
      while (reader.hasNext()) {
        InputItem item = reader.next();
        items++;
        assertNotNull(item.id());
        if (item instanceof InputItem.Readable readable) {
          assertNotNull(readable.article().text());
          assertTrue(readable.article().text().length() <= LIMITS.maxArticleBytes(), "an article within the limit");
        } else {
          String reason = ((InputItem.Unreadable) item).reason();
          assertFalse(reason.isBlank());
          assertFalse(reason.contains("\n"), "one line: " + reason);
        }
      }
    }
    assertTrue(items <= input.length + 1, "no more items than the input has lines");
  }
}
