package io.mtdetect.translationese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoizedViewTest {
  @Test
  void eachSentenceIsViewedOnceWhileRemembered() {
    List<String> viewed = new ArrayList<>();
    MemoizedView view = new MemoizedView(s -> {
      viewed.add(s);
      return s.toUpperCase();
    }, 2);
    assertEquals("A B", view.apply("a b"));
    assertEquals("A B", view.apply("a b"));
    assertEquals("C", view.apply("c"));
    assertEquals(List.of("a b", "c"), viewed);
    // reading "a b" again makes "c" the least recently used, so "d" pushes "c" out and "a b" stays
    view.apply("a b");
    view.apply("d");
    view.apply("a b");
    assertEquals(List.of("a b", "c", "d"), viewed);
    view.apply("c");
    assertEquals(List.of("a b", "c", "d", "c"), viewed);
  }

  @Test
  void needsRoomForOneSentence() {
    assertThrows(IllegalArgumentException.class, () -> new MemoizedView(s -> s, 0));
  }
}
