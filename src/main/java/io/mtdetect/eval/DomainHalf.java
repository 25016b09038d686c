package io.mtdetect.eval;

import java.net.URI;
import java.util.Locale;

/**
 * Two halves of a benchmark's web pages by a hash of their host (without "www."): rules are tuned
 * on one and reported on the other, so no domain of a reported page was seen in tuning.
 */
public enum DomainHalf {
  TUNE, HELD;

  public static DomainHalf of(String url) {
    String host;
    try {
      host = url == null ? "" : URI.create(url.replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      host = url;
    }
    host = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return Math.floorMod(host.hashCode(), 2) == 0 ? TUNE : HELD;
  }
}
