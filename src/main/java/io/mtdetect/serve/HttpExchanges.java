package io.mtdetect.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.mtdetect.ingest.html.HtmlPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing responses the same way on every route. */
final class HttpExchanges {
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  private static final int MAX_MESSAGE = 300;

  private HttpExchanges() {}

  /** A request the route refuses: the status and the one-line message of its JSON error. */
  static final class Refused extends Exception {
    final int status;

    Refused(int status, String message) {
      super(oneLine(message), null, false, false);
      this.status = status;
    }

    /** Messages quote what the client sent: control characters become spaces, and long quotes are cut. */
    private static String oneLine(String message) {
      String line = message.replaceAll("\\p{Cntrl}", " ");
      return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }
  }

  /** The media type without parameters, lower-cased; empty when there is no Content-Type. */
  static String mediaType(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The Content-Type's {@code charset} parameter, or null. */
  static String charset(HttpExchange exchange) {
    return HtmlPages.charsetOf(exchange.getRequestHeaders().getFirst("Content-Type"));
  }

  /** A query parameter's decoded value, or null. */
  static String queryValue(HttpExchange exchange, String name) throws Refused {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        try {
          return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new Refused(400, "malformed query parameter " + name);
        }
      }
    }
    return null;
  }

  static void requirePost(HttpExchange exchange) throws Refused {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      throw new Refused(405, "use POST");
    }
  }

  /**
   * How much of a refused request's body is read and thrown away before the answer. A client that sends its
   * whole body before reading (Python's urllib, Java's HttpClient without Expect) sees a reset connection,
   * not the 413 or 400, when the server answers and closes while it is still sending.
   */
  static final long DISCARD_LIMIT = 64L << 20;

  /**
   * The body, read no further than {@code limit} bytes; 413 beyond it (the server discards the rest of the
   * body before it answers any refusal: {@link #discardBody}).
   */
  static byte[] body(HttpExchange exchange, long limit) throws IOException, Refused {
    Refused tooLarge = new Refused(413, "request body larger than " + limit + " bytes");
    // Not closed here: on a refusal ScoringServer reads the rest of it, and closing the exchange closes it.
    InputStream in = exchange.getRequestBody();
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > limit) {
          throw tooLarge;
        }
      } catch (NumberFormatException e) {
        // Odd header: the read below enforces the limit.
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (body.size() + n > limit) {
        throw tooLarge;
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  /**
   * Reads what is left of the request body, up to {@link #DISCARD_LIMIT}, so that the client reads the
   * answer; past the limit the connection is closed under it as before.
   */
  static void discardBody(HttpExchange exchange) {
    byte[] buffer = new byte[65536];
    long left = DISCARD_LIMIT;
    try {
      InputStream in = exchange.getRequestBody();
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // The client went away or the body was closed already: nothing left to read.
    }
  }

  /** The body as text; 400 when it is not UTF-8. */
  static String utf8Body(HttpExchange exchange, long limit) throws IOException, Refused {
    byte[] body = body(exchange, limit);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new Refused(400, "request body is not valid UTF-8");
    }
  }

  static int error(HttpExchange exchange, ObjectMapper json, int status, String message) throws IOException {
    return respond(exchange, status, JSON, json.writeValueAsString(Map.of("error", message)) + "\n");
  }

  static int respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type.contains("charset") || type.equals(JSON) || type.equals(NDJSON)
        ? type : type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    return status;
  }
}
