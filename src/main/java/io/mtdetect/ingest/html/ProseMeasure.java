package io.mtdetect.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * How much of an element's text is prose: the characters of its prose blocks (blocks holding at
 * least {@value #MIN_PROSE_CHARS} characters of their own text, at most half of it linked), set
 * against the rest of its text. Computed once per page, bottom-up, for every element.
 */
final class ProseMeasure {
  static final int MIN_PROSE_CHARS = 80;
  /**
   * What one character of other text costs against one of prose when widening the body's container
   * (on WCXB's tune half, 0.5 and 1 tied, 2 and 4 did worse; 1 kept the scrapinghub pages better).
   */
  static final double PROSE_COST_OF_OTHER_TEXT = 1.0;

  private final Map<Element, Integer> prose = new IdentityHashMap<>();
  private final Map<Element, Integer> total = new IdentityHashMap<>();

  private ProseMeasure() {}

  static ProseMeasure of(Element root) {
    ProseMeasure m = new ProseMeasure();
    for (Element e : root.getAllElements()) {
      if (!ArticleExtractor.isBlock(e) || ArticleExtractor.hasBlockChild(e)) {
        continue; // a leaf block: its text is counted once, for it and all its ancestors
      }
      int chars = Text.normalizeSpace(e.text()).length();
      if (chars == 0) {
        continue;
      }
      boolean isProse = chars >= MIN_PROSE_CHARS && ArticleExtractor.linkDensity(e) <= 0.5;
      for (Element a = e; a != null; a = a.parent()) {
        m.total.merge(a, chars, Integer::sum);
        if (isProse) {
          m.prose.merge(a, chars, Integer::sum);
        }
      }
    }
    return m;
  }

  int prose(Element e) {
    return prose.getOrDefault(e, 0);
  }

  int other(Element e) {
    return total.getOrDefault(e, 0) - prose(e);
  }

  double value(Element e) {
    return prose(e) - PROSE_COST_OF_OTHER_TEXT * other(e);
  }
}
