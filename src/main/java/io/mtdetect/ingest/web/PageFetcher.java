package io.mtdetect.ingest.web;

import io.mtdetect.core.Messages;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches pages and feeds over HTTP(S) with a time-out, a redirect limit and a size cap, turning
 * every failure into one line a user can act on. One client is shared: it is thread-safe.
 */
public final class PageFetcher {
  private static final String USER_AGENT = "mtdetect/0.1 (+https://github.com/mtdetect; machine-translation screening)";

  private final HttpClient client;
  private final Duration timeout;
  private final int maxBytes;

  public PageFetcher(Duration timeout, int maxBytes) {
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  public static boolean isUrl(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** A fetched body, the charset the server declared (or {@code null}) and the address after redirects. */
  public record Fetched(byte[] body, String charset, URI finalUri) {}

  /** Fetches {@code url}; the exception's message is the one-line reason. */
  public Fetched fetch(String url) throws FetchException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a valid URL");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.5").GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + timeout.toSeconds() + " s");
    } catch (ConnectException e) {
      throw new FetchException("cannot connect to " + uri.getHost() + " (refused or unreachable)");
    } catch (IOException e) {
      throw new FetchException("cannot fetch: " + Messages.of(e));
    }
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status / 100 == 3) {
        throw new FetchException("too many redirects (HTTP " + status + " after following redirects; a redirect loop?)");
      }
      if (status / 100 != 2) {
        throw new FetchException("HTTP " + status);
      }
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new FetchException(HtmlPages.tooLarge(maxBytes));
      }
      return new Fetched(bytes, charset(response).orElse(null), response.uri());
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException("cannot fetch: " + Messages.of(e));
    }
  }

  private static Optional<String> charset(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").map(HtmlPages::charsetOf);
  }

  /** A fetch failure; the message is one line for users. */
  public static final class FetchException extends Exception {
    public FetchException(String message) {
      super(message, null, false, false);
    }
  }
}
