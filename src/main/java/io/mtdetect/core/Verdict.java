package io.mtdetect.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** The article-level call users act on. */
public enum Verdict {
  CLEAN("clean"),
  SUSPECT("suspect"),
  MACHINE_TRANSLATED("machine-translated");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
