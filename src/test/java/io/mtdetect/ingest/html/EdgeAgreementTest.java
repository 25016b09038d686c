package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeAgreementTest {
  private static final String A = "The council voted on Tuesday to close the old bridge to traffic for a year of repairs.";
  private static final String B = "Engineers found cracks in two of its supports during an inspection last spring, the report says.";
  private static final String C = "Buses will be rerouted through the market square while the work goes on, the city said.";
  private static final String D = "Shops on the south bank fear losing customers and asked for help with their rents.";
  private static final String E = "The mayor said a fund would be set up before the bridge closes in the new year.";
  private static final List<String> ARTICLE = List.of(A, B, C, D, E);

  @Test
  void edgesTheSecondExtractorLeftOutAreTrimmed() {
    List<String> ours = List.of("Get the app", A, B, C, D, E, "Meet our team of writers");
    assertEquals(ARTICLE, EdgeAgreement.trim(ours, ARTICLE));
  }

  @Test
  void theMiddleIsNeverTrimmedAndMatchingIgnoresCaseAndPunctuation() {
    List<String> ours = List.of(A, "A paragraph only we kept, in the middle.", E);
    List<String> second = List.of(A.toUpperCase(), E.replace(",", " ").replace(".", ""));
    assertEquals(ours, EdgeAgreement.trim(ours, second));
  }

  @Test
  void atMostAFifthOfOurWordsIsTrimmed() {
    // 87 words, so 17 may go: the 6-word box goes, then E (17 words) would pass the fifth and stays.
    List<String> ours = new java.util.ArrayList<>(ARTICLE);
    ours.add("Sign up for our newsletter today");
    assertEquals(ARTICLE, EdgeAgreement.trim(ours, List.of(A, B, C, D)));
  }

  @Test
  void aSecondOpinionWithUnderHalfOurWordsIsIgnored() {
    List<String> ours = List.of("Get the app", A, B, C, D, E);
    assertEquals(ours, EdgeAgreement.trim(ours, List.of(B, C)));
  }
}
