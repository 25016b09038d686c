package io.mtdetect.serve;

import java.time.Duration;

/**
 * What protects the service: the largest request body, how many requests may be in flight
 * (more get 429 instead of queueing without bound), and how long one request may take (then 503).
 */
public record ServerLimits(long maxBodyBytes, int maxInFlight, Duration requestTimeout) {
  public static ServerLimits defaults(int threads) {
    return new ServerLimits(10L * 1024 * 1024, 4 * threads, Duration.ofSeconds(60));
  }
}
