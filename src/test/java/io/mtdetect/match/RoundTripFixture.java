package io.mtdetect.match;

import java.util.List;

/** A paragraph and its round trip, written by hand after the seeds: a garbled name, a literal idiom, a split sentence. */
public final class RoundTripFixture {
  private RoundTripFixture() {}

  public static final List<String> ORIGINAL = List.of(
      "Russian President Vladimir Putin warned the West on Tuesday against crossing red lines in Ukraine.",
      "Moscow knows full well what is at stake, Foreign Minister Sergei Lavrov told reporters in Stockholm.",
      "Ukraine, a former Soviet republic whose independence Russia has never fully accepted, wants to join NATO.",
      "Secretary of State Antony Blinken said the United States would respond with severe economic sanctions.");
  public static final List<String> ROUND_TRIP = List.of(
      "The Russian President Vladimir Poutin warned the West on Tuesday against crossing the red lines in Ukraine.",
      "Moscow knows the universe very well what is at stake, Foreign Minister Sergei Lavrov told journalists in Stockholm.",
      "Ukraine, a former Soviet republic.",
      "whose independence Russia has never fully accepted, wants to join NATO.",
      "Secretary of State Antony Blinken said the United States would respond with serious economic sanctions.");

}
