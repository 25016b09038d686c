package io.mtdetect.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class LanguageToolPoolTest {
  @Test
  void aFailedPrefillLeavesRoomForTheNextBorrowerToBuildOne() {
    AtomicInteger attempts = new AtomicInteger();
    LanguageToolPool pool = new LanguageToolPool(1, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("rules failed to load");
      }
      return new LanguageToolChecker(Languages.getLanguageForShortCode("en-US"), List.of());
    });
    assertThrows(IllegalStateException.class, pool::prefill);
    assertEquals(0, pool.created());
    // Before the fix a one-checker pool counted the failed build and waited for it for good.
    int matches = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> pool.withInstance(lt -> lt.check("He have been there.").size()));
    assertEquals(1, pool.created());
    org.junit.jupiter.api.Assertions.assertTrue(matches > 0);
    pool.close();
  }
}
