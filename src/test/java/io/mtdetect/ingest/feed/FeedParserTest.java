package io.mtdetect.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private static byte[] feed(String name) throws IOException {
    return Files.readAllBytes(Path.of("src/test/resources/feeds", name));
  }

  @Test
  void readsRssAndAtomItemsWithTheirFullContent() throws Exception {
    for (String name : List.of("seeds.rss", "seeds.atom")) {
      List<FeedItem> items = parser.parse(feed(name));
      assertEquals(5, items.size(), name);
      assertEquals("urn:mtdetect:test:003", items.get(0).key(), name);
      for (FeedItem item : items) {
        assertNotNull(item.content(), name);
        assertTrue(item.content().contains("Lavrov"), name);
        assertEquals("http://feeds.invalid/articles/" + item.key().substring(item.key().length() - 3), item.link());
      }
    }
  }

  @Test
  void malformedXmlIsOneLineMessage() {
    FeedParser.MalformedFeedException e = assertThrows(FeedParser.MalformedFeedException.class,
        () -> parser.parse(feed("malformed.rss")));
    assertFalse(e.getMessage().contains("\n"));
    assertThrows(FeedParser.MalformedFeedException.class,
        () -> parser.parse("{\"not\": \"xml\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesDoctypesSoNoExternalEntityIsEverRead() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>";
    assertThrows(FeedParser.MalformedFeedException.class, () -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFeedWithoutItemsIsEmpty() throws Exception {
    assertTrue(parser.parse(feed("empty.rss")).isEmpty());
  }

  @Test
  void seenItemsMatchOnKeyAndContentHash() throws Exception {
    FeedItem item = new FeedItem("urn:1", "Title", null, "<p>Body</p>", null);
    SeenItems seen = SeenItems.empty();
    assertFalse(seen.seen(item));
    seen.remember(item);
    assertTrue(seen.seen(item));
    assertFalse(seen.seen(new FeedItem("urn:1", "Title", null, "<p>Body, corrected</p>", null)));
    Path file = Files.createTempFile("mtdetect-state", ".json");
    try {
      seen.save(file);
      assertTrue(SeenItems.load(file).seen(item));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
