package io.mtdetect.signals;

import static io.mtdetect.TestArticles.body;
import static io.mtdetect.TestArticles.run;
import static io.mtdetect.TestArticles.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.SentenceFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationSignalTest {
  private final QuotationSignal signal = new QuotationSignal();

  @Test
  void flagsClosingMarkGluedToNextWord() {
    List<SentenceFindings> f = run(signal, body("He said it “will have the worst consequences. more serious, ”according to a statement."));
    assertTrue(total(f, QuotationSignal.MISPLACED) >= 1);
    assertTrue(f.stream().flatMap(x -> x.evidence().stream()).anyMatch(e -> e.rule().equals("closing-glued")));
  }

  @Test
  void flagsSpaceBeforeClosingMark() {
    assertEquals(1, total(run(signal, body("“Our security does not depend on anyone else. ”")), QuotationSignal.MISPLACED));
  }

  @Test
  void flagsClosingMarkWithoutOpening() {
    assertEquals(1, total(run(signal, body("There will be serious consequences,” said the minister.")), QuotationSignal.UNBALANCED));
  }

  @Test
  void flagsOpeningMarkNeverClosed() {
    List<SentenceFindings> f = run(signal, body("There will be consequences, “said the minister.\nThe talks ended."));
    assertEquals(1, total(f, QuotationSignal.UNBALANCED));
  }

  @Test
  void acceptsWellFormedAndMultiParagraphQuotes() {
    List<SentenceFindings> f = run(signal, body(
        "“The only threat is further aggression,” Blinken said.\n"
            + "“We will respond firmly. The costs will be high.\n"
            + "“And we will stand with our allies,” he added."));
    assertEquals(0, total(f, QuotationSignal.MISPLACED));
    assertEquals(0, total(f, QuotationSignal.UNBALANCED));
  }
}
