package io.mtdetect.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWindowTest {
  @Test
  void resultsReachTheSinkInInputOrderWhateverOrderTheyFinishIn() throws Exception {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    List<String> seen = new ArrayList<>();
    new OrderedWindow(4, "test").<Integer, String, InterruptedException>run(items.iterator(), i -> {
      if (i % 7 == 0) {
        Thread.sleep(2); // early items finish after later ones
      }
      return "r" + i;
    }, (item, result) -> seen.add(item + "=" + result));
    assertEquals(items.stream().map(i -> i + "=r" + i).toList(), seen);
  }

  @Test
  void noMoreThanTheWindowIsReadAheadOfTheSink() throws Exception {
    int threads = 2;
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> counting = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < 1_000;
      }

      @Override
      public Integer next() {
        return read.getAndIncrement();
      }
    };
    int[] mostAhead = {0};
    new OrderedWindow(threads, "test").<Integer, Integer, RuntimeException>run(counting, i -> i,
        (item, result) -> mostAhead[0] = Math.max(mostAhead[0], read.get() - item));
    assertEquals(OrderedWindow.IN_FLIGHT_PER_THREAD * threads, mostAhead[0]);
  }

  @Test
  void aTaskThatThrowsEndsTheRunAfterTheItemsBeforeItReachedTheSink() {
    List<Integer> delivered = new ArrayList<>();
    IOException thrown = assertThrows(IOException.class, () -> new OrderedWindow(2, "test")
        .<Integer, Integer, IOException>run(IntStream.range(0, 100).boxed().iterator(), i -> {
          if (i == 40) {
            throw new IOException("disk full");
          }
          return i;
        }, (item, result) -> delivered.add(result)));
    assertEquals("disk full", thrown.getMessage());
    assertEquals(IntStream.range(0, 40).boxed().toList(), delivered);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new OrderedWindow(0, "test"))
        .getMessage().contains("at least 1"));
  }

  @Test
  void aRunEndedByItsSinkReturnsOnlyOnceTheTasksUnderWayHaveStopped() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger stopped = new AtomicInteger();
    List<Integer> items = IntStream.range(0, 20).boxed().toList();
    assertThrows(IOException.class, () -> new OrderedWindow(2, "test").<Integer, Integer, IOException>run(items.iterator(), i -> {
      started.incrementAndGet();
      try {
        long until = System.nanoTime() + 50_000_000L;
        while (System.nanoTime() < until) {
          Thread.onSpinWait(); // not interruptible, as a native call is not
        }
        return i;
      } finally {
        stopped.incrementAndGet();
      }
    }, (item, result) -> {
      throw new IOException("sink failed");
    }));
    assertEquals(started.get(), stopped.get(), "a task still ran after run() returned");
  }
}
