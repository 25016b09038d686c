package io.mtdetect.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir Path dir;

  private static final InputLimits SMALL = new InputLimits(1000);

  private List<InputItem> read(String... specs) {
    return InputReader.readAll(List.of(specs), SMALL);
  }

  private static Article article(InputItem item) {
    return assertInstanceOf(InputItem.Readable.class, item).article();
  }

  private static String reason(InputItem item) {
    return assertInstanceOf(InputItem.Unreadable.class, item).reason();
  }

  @Test
  void readsTextFileWithFileNameAsId() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody text here.");
    Article a = article(read(file.toString()).get(0));
    assertEquals("a.txt", a.id());
    assertEquals(file.toString(), a.source());
    assertEquals(Article.TextLayout.HEADLINE_FIRST, a.layout());
    assertEquals("Title\n\nBody text here.", a.text());
  }

  @Test
  void stripsByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    assertEquals("Hi", article(read(file.toString()).get(0)).text());
  }

  @Test
  void walksDirectoriesInOrderSkippingHiddenAndOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), "B text.");
    Files.writeString(dir.resolve("sub/a.txt"), "A text.");
    Files.writeString(dir.resolve(".hidden.txt"), "hidden.");
    Files.writeString(dir.resolve("notes.pdf"), "not an article");
    List<String> ids = read(dir.toString()).stream().map(InputItem::id).toList();
    assertEquals(List.of("b.txt", "a.txt"), ids);
  }

  @Test
  void readsJsonLinesAndKeepsGoingPastBadLines() throws IOException {
    Path file = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"one\",\"title\":\"T1\",\"text\":\"First.\",\"url\":\"http://x\"}",
        "{not json",
        "",
        "{\"id\":\"three\"}",
        "[1,2]",
        "{\"id\":\"five\",\"text\":\"Fifth.\"}"));
    List<InputItem> items = read(file.toString());
    assertEquals(5, items.size());
    Article first = article(items.get(0));
    assertEquals("one", first.id());
    assertEquals("T1", first.title());
    assertEquals(Article.TextLayout.BODY_ONLY, first.layout());
    assertTrue(reason(items.get(1)).startsWith("malformed JSON"));
    assertEquals(file + ":2", items.get(1).source());
    assertTrue(reason(items.get(2)).contains("\"text\""));
    assertEquals("three", items.get(2).id());
    assertTrue(reason(items.get(3)).contains("JSON object"));
    assertEquals("five", article(items.get(4)).id());
  }

  @Test
  void reportsEachBadItemAndReadsTheRest() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Fine text.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Path huge = Files.writeString(dir.resolve("huge.txt"), "x".repeat(1001));
    Path emptyDir = Files.createDirectories(dir.resolve("nothing-here"));
    List<InputItem> items = read(dir.resolve("missing.txt").toString(), empty.toString(), binary.toString(),
        latin1.toString(), huge.toString(), emptyDir.toString(), good.toString());
    assertEquals(7, items.size());
    assertEquals("no such file or directory", reason(items.get(0)));
    assertTrue(reason(items.get(1)).startsWith("empty article"));
    assertTrue(reason(items.get(2)).startsWith("binary file"));
    assertTrue(reason(items.get(3)).startsWith("not valid UTF-8"));
    assertTrue(reason(items.get(4)).startsWith("too large"));
    assertTrue(reason(items.get(5)).startsWith("no articles found"));
    assertEquals("Fine text.", article(items.get(6)).text());
  }

  @Test
  void oversizedJsonLineIsOneErrorNotTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("big.jsonl"),
        "{\"id\":\"big\",\"text\":\"" + "y".repeat(2000) + "\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
    List<InputItem> items = read(file.toString());
    assertTrue(reason(items.get(0)).contains("too large"));
    assertEquals("ok", article(items.get(1)).id());
  }

  @Test
  void readsStdinAsTextOrJsonLines() throws IOException {
    try (InputReader text = new InputReader(List.of("-"),
        new ByteArrayInputStream("Title\nBody.".getBytes(StandardCharsets.UTF_8)), SMALL)) {
      Article a = article(text.next());
      assertEquals("stdin", a.id());
      assertNull(a.title());
    }
    try (InputReader jsonl = new InputReader(List.of("-"),
        new ByteArrayInputStream("{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n".getBytes(StandardCharsets.UTF_8)), SMALL)) {
      List<InputItem> items = new ArrayList<>();
      jsonl.forEachRemaining(items::add);
      assertEquals(List.of("a", "b"), items.stream().map(InputItem::id).toList());
    }
  }
}
