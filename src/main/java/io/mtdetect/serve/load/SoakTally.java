package io.mtdetect.serve.load;

import java.util.Arrays;
import java.util.BitSet;

/** Answers of a soak, counted by kind, with the latencies of the answered requests; thread-safe. */
public final class SoakTally {
  private final BitSet answered = new BitSet();
  private long ok;
  private long tooMany;
  private long otherStatus;
  private long wrongRecord;
  private long lost;
  private long answeredTwice;
  private long[] latencies = new long[1024];
  private int latencyCount;

  /**
   * Counts, for one stretch of the soak: requests answered with their record, 429s, other statuses,
   * records that were not the request's, requests with no answer, request ids answered twice; latency
   * percentiles (seconds, nearest rank) over the requests answered 200.
   */
  public record Snapshot(long ok, long tooMany, long otherStatus, long wrongRecord, long lost, long answeredTwice,
      double p50Seconds, double p99Seconds, double maxSeconds) {
    public long requests() {
      return ok + tooMany + otherStatus + wrongRecord + lost;
    }

    /** Whether every request was answered as the service means to: 200 with its own record, or 429. */
    public boolean allAnsweredByDesign() {
      return otherStatus == 0 && wrongRecord == 0 && lost == 0 && answeredTwice == 0;
    }
  }

  synchronized void add(long seq, SoakTest.Answer answer) {
    switch (answer.kind()) {
      case OK -> {
        ok++;
        if (seq <= Integer.MAX_VALUE && answered.get((int) seq)) {
          answeredTwice++;
        } else if (seq <= Integer.MAX_VALUE) {
          answered.set((int) seq);
        }
        if (latencyCount == latencies.length) {
          latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = answer.nanos();
      }
      case TOO_MANY -> tooMany++;
      case OTHER_STATUS -> otherStatus++;
      case WRONG_RECORD -> wrongRecord++;
      case LOST -> lost++;
    }
  }

  synchronized Snapshot snapshot() {
    long[] sorted = Arrays.copyOf(latencies, latencyCount);
    Arrays.sort(sorted);
    return new Snapshot(ok, tooMany, otherStatus, wrongRecord, lost, answeredTwice, LoadReport.percentile(sorted, 50),
        LoadReport.percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e9);
  }
}
