package io.mtdetect.match.align;

import java.util.List;

/**
 * A monotone alignment of a text's sentences (the query) to another's (the original).
 *
 * @param links in reading order of both texts
 */
public record Alignment(List<Link> links, int querySentences, int originalSentences) {
  public Alignment {
    links = List.copyOf(links);
  }

  /** Share of the query's sentences that are aligned (0 for an empty query). */
  public double coverage() {
    return querySentences == 0 ? 0 : (double) links.stream().mapToInt(Link::querySentences).sum() / querySentences;
  }

  /** Share of the original's sentences that are aligned. */
  public double originalCoverage() {
    return originalSentences == 0 ? 0 : (double) links.stream().mapToInt(Link::originalSentences).sum() / originalSentences;
  }

  /** Mean similarity of the aligned pairs, each weighted by the query sentences it covers. */
  public double similarity() {
    int covered = links.stream().mapToInt(Link::querySentences).sum();
    return covered == 0 ? 0 : links.stream().mapToDouble(l -> l.similarity() * l.querySentences()).sum() / covered;
  }

  /** Share of the query's aligned sentences whose link is at least {@code similarity}. */
  public double shareAtLeast(double similarity) {
    int covered = links.stream().mapToInt(Link::querySentences).sum();
    return covered == 0 ? 0
        : (double) links.stream().filter(l -> l.similarity() >= similarity).mapToInt(Link::querySentences).sum() / covered;
  }

  /** Share of the query's aligned sentences that are verbatim (the same words in the same order). */
  public double verbatimShare() {
    int covered = links.stream().mapToInt(Link::querySentences).sum();
    return covered == 0 ? 0
        : (double) links.stream().filter(Link::verbatim).mapToInt(Link::querySentences).sum() / covered;
  }

  /** The alignment's strength: summed similarity of its links (what the aligner maximises). */
  public double strength() {
    return links.stream().mapToDouble(Link::similarity).sum();
  }
}
