package io.mtdetect.core;

/** Problems as the one line users see: every error message mtdetect prints goes through here. */
public final class Messages {
  private Messages() {}

  /** The first line of {@code message}; empty for {@code null}. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** An exception's message, first line only, else its type (some carry no message). */
  public static String of(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
  }
}
