package io.mtdetect.serve.load;

import java.util.Locale;

/**
 * One window of a soak: when it ended, what was answered in it, and the serving process's memory at its end
 * (bytes; -1 when not known, as for the heap of a service in another process).
 */
public record SoakSample(double elapsedSeconds, SoakTally.Snapshot answers, long heapAfterGcBytes, long heapUsedBytes,
    long residentBytes) {
  public static final String CSV_HEADER =
      "elapsed_s,ok,too_many,other_status,wrong_record,lost,p50_ms,p99_ms,max_ms,heap_after_gc_mb,heap_used_mb,rss_mb";

  public String csvLine() {
    return String.format(Locale.ROOT, "%.1f,%d,%d,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f", elapsedSeconds, answers.ok(),
        answers.tooMany(), answers.otherStatus(), answers.wrongRecord(), answers.lost(), answers.p50Seconds() * 1000,
        answers.p99Seconds() * 1000, answers.maxSeconds() * 1000, mb(heapAfterGcBytes), mb(heapUsedBytes), mb(residentBytes));
  }

  private static double mb(long bytes) {
    return bytes < 0 ? -1 : bytes / 1e6;
  }
}
