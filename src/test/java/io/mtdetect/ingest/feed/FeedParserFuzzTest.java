package io.mtdetect.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any bytes given as a feed are either its items or a {@link FeedParser.MalformedFeedException}
 * with a one-line message: never another exception, never an entity expanded (DOCTYPEs are
 * refused), never a file or URL read. Inputs in {@code FeedParserFuzzTestInputs/}, among them
 * external-entity and entity-expansion feeds.
 */
class FeedParserFuzzTest {
  /** What /etc/passwd would bring in through an external entity (the fuzzer may also write it itself). */
  private static final String PASSWD_LINE = "root:x:0:0";

  private final FeedParser parser = new FeedParser();

  @FuzzTest(maxDuration = "5s")
  void anyBytesAreItemsOrOneLine(byte[] feed) {
    try {
      List<FeedItem> items = parser.parse(feed);
      boolean inFeed = new String(feed, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PASSWD_LINE);
      for (FeedItem item : items) {
        assertNotNull(item);
        for (String text : new String[] {item.title(), item.content(), item.summary()}) {
          if (text != null && text.contains(PASSWD_LINE)) {
            assertTrue(inFeed, "no local file was read into the feed");
          }
        }
      }
    } catch (FeedParser.MalformedFeedException e) {
      assertFalse(e.getMessage().isBlank());
      assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
  }
}
