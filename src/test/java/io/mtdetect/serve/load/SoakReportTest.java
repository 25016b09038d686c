package io.mtdetect.serve.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakReportTest {
  private static SoakSample sample(double seconds, long rss, double p99) {
    SoakTally tally = new SoakTally();
    tally.add(0, new SoakTest.Answer(SoakTest.Answer.Kind.OK, (long) (p99 * 1e9), 200, 0));
    return new SoakSample(seconds, tally.snapshot(), -1, 1, rss);
  }

  @Test
  void growthComparesTheLastTenthWithTheFirstTenthAfterWarmUp() {
    List<SoakSample> samples = new ArrayList<>();
    samples.add(sample(10, 50, 9.0)); // warm-up: left out of both figures
    for (int t = 20; t <= 1000; t += 10) {
      samples.add(sample(t, t <= 118 ? 100 : t >= 902 ? 120 : 110, 1.0));
    }
    SoakReport report = new SoakReport(1000, new SoakTally().snapshot(), samples);
    assertEquals(0.20, report.growth(15, SoakSample::residentBytes), 1e-9);
    assertTrue(Double.isNaN(report.growth(15, SoakSample::heapAfterGcBytes)), "heap not known: no figure");
    double[] p99 = report.p99Range(15);
    assertEquals(1.0, p99[0], 1e-9);
    assertEquals(1.0, p99[1], 1e-9);
  }

  @Test
  void tallyCatchesAnIdAnsweredTwiceAndAnythingButOkOr429() {
    SoakTally tally = new SoakTally();
    tally.add(7, new SoakTest.Answer(SoakTest.Answer.Kind.OK, 1, 200, 0));
    tally.add(8, new SoakTest.Answer(SoakTest.Answer.Kind.TOO_MANY, 1, 429, 1000));
    assertTrue(tally.snapshot().allAnsweredByDesign());
    tally.add(7, new SoakTest.Answer(SoakTest.Answer.Kind.OK, 1, 200, 0));
    assertEquals(1, tally.snapshot().answeredTwice());
    assertFalse(tally.snapshot().allAnsweredByDesign());
    SoakTally lost = new SoakTally();
    lost.add(1, new SoakTest.Answer(SoakTest.Answer.Kind.LOST, 1, 0, 0));
    assertFalse(lost.snapshot().allAnsweredByDesign());
    assertEquals(1, lost.snapshot().requests());
  }
}
