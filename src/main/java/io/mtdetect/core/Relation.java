package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article relates to the indexed original it was matched to. */
public enum Relation {
  /** Near-verbatim: the same sentences, in the same order, with at most a few words changed. */
  COPY("copy"),
  /** The same sentences in the same order, reworded throughout the way a translation round trip does. */
  ROUND_TRIP("round-trip"),
  /** Another text about the same event (another agency's report): never evidence of translation. */
  SAME_STORY("same-story");

  private final String label;

  Relation(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** The relation a label names, e.g. {@code round-trip}. */
  public static Relation of(String label) {
    for (Relation r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown relation " + label + " (copy, round-trip, same-story)");
  }
}
