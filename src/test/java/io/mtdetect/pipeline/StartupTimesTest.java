package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StartupTimesTest {
  @Test
  void recordsEachPartWithItsThreadInStartOrder() throws Exception {
    StartupTimes times = new StartupTimes();
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "loader"));
    try {
      String first = times.time("first", () -> "a");
      Future<Integer> second = pool.submit(times.timed("second", () -> 2));
      assertEquals("a", first);
      assertEquals(2, second.get());
    } finally {
      pool.shutdown();
    }
    List<StartupTimes.Component> parts = times.components();
    assertEquals(List.of("first", "second"), parts.stream().map(StartupTimes.Component::name).toList());
    assertEquals(Thread.currentThread().getName(), parts.get(0).thread());
    assertEquals("loader", parts.get(1).thread());
    assertTrue(parts.get(0).startSeconds() <= parts.get(1).startSeconds());
    assertTrue(parts.stream().allMatch(p -> p.seconds() >= 0));
  }

  @Test
  void aFailedPartIsStillRecordedAndItsErrorPassesThrough() {
    StartupTimes times = new StartupTimes();
    assertThrows(IOException.class, () -> times.time("broken", () -> {
      throw new IOException("missing");
    }));
    assertEquals("broken", times.components().get(0).name());
  }
}
