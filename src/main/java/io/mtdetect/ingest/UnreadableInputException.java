package io.mtdetect.ingest;

/** A problem with one input item that a user can fix (bad encoding, empty file, too large...). */
public class UnreadableInputException extends Exception {
  public UnreadableInputException(String message) {
    super(message);
  }
}
