package io.mtdetect.match.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns two texts' sentences in order (dynamic programming, as in Gale–Church and Bleualign):
 * every sentence is linked to at most one sentence of the other text, or to two where one text
 * split a sentence the other kept whole (round trips split mid-clause: "a former Soviet republic.
 * whose independence…"), or left unaligned. Links never cross, which is what separates a reworded
 * copy from another report that happens to share a few sentences.
 */
public final class MonotoneAligner {
  /** Pairs less similar than this are not linked: unrelated news sentences rarely reach it. */
  public static final double MIN_LINK_SIMILARITY = 0.3;
  /** What a two-to-one link costs against two separate decisions, so merges need a reason. */
  private static final double MERGE_COST = 0.15;
  /**
   * A merged pair must be this much more similar than either sentence alone: a real split's halves
   * each match the whole poorly, while a sentence next to an unrelated line (page furniture) already
   * matches on its own and must not absorb the line.
   */
  private static final double MERGE_GAIN = 0.05;
  /** Merges are tried only next to a pair at least this similar, which keeps the work near n·m. */
  private static final double MERGE_SEED = 0.15;

  private static final int SKIP_QUERY = 1;
  private static final int SKIP_ORIGINAL = 2;
  private static final int ONE_ONE = 3;
  private static final int TWO_ONE = 4;
  private static final int ONE_TWO = 5;

  public Alignment align(List<SentenceProfile> query, List<SentenceProfile> original) {
    int n = query.size();
    int m = original.size();
    double[][] pair = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        pair[i][j] = SentenceSimilarity.of(query.get(i), original.get(j));
      }
    }
    double[][] best = new double[n + 1][m + 1];
    int[][] move = new int[n + 1][m + 1];
    double[][] linkSim = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double score = Double.NEGATIVE_INFINITY;
        if (i > 0 && best[i - 1][j] > score) {
          score = best[i - 1][j];
          move[i][j] = SKIP_QUERY;
        }
        if (j > 0 && best[i][j - 1] > score) {
          score = best[i][j - 1];
          move[i][j] = SKIP_ORIGINAL;
        }
        if (i > 0 && j > 0) {
          double s = pair[i - 1][j - 1];
          if (s >= MIN_LINK_SIMILARITY && best[i - 1][j - 1] + s > score) {
            score = best[i - 1][j - 1] + s;
            move[i][j] = ONE_ONE;
            linkSim[i][j] = s;
          }
          if (i > 1 && Math.max(pair[i - 2][j - 1], pair[i - 1][j - 1]) >= MERGE_SEED) {
            double merged = SentenceSimilarity.of(SentenceProfile.join(query.get(i - 2), query.get(i - 1)),
                original.get(j - 1));
            double gain = mergeGain(merged, pair[i - 2][j - 1], pair[i - 1][j - 1]);
            if (best[i - 2][j - 1] + gain > score) {
              score = best[i - 2][j - 1] + gain;
              move[i][j] = TWO_ONE;
              linkSim[i][j] = merged;
            }
          }
          if (j > 1 && Math.max(pair[i - 1][j - 2], pair[i - 1][j - 1]) >= MERGE_SEED) {
            double merged = SentenceSimilarity.of(query.get(i - 1),
                SentenceProfile.join(original.get(j - 2), original.get(j - 1)));
            double gain = mergeGain(merged, pair[i - 1][j - 2], pair[i - 1][j - 1]);
            if (best[i - 1][j - 2] + gain > score) {
              score = best[i - 1][j - 2] + gain;
              move[i][j] = ONE_TWO;
              linkSim[i][j] = merged;
            }
          }
        }
        best[i][j] = score;
      }
    }
    return new Alignment(traceBack(move, linkSim, n, m, query, original), n, m);
  }

  /**
   * What a two-to-one link of similarity {@code merged} adds to the alignment, given how similar its
   * two sentences are alone; minus infinity when the merge is not worth making.
   */
  private static double mergeGain(double merged, double alone, double otherAlone) {
    boolean better = merged >= Math.max(alone, otherAlone) + MERGE_GAIN;
    return better && merged >= MIN_LINK_SIMILARITY ? 1.5 * merged - MERGE_COST : Double.NEGATIVE_INFINITY;
  }

  private static List<Link> traceBack(int[][] move, double[][] linkSim, int n, int m, List<SentenceProfile> query,
      List<SentenceProfile> original) {
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      switch (move[i][j]) {
        case SKIP_QUERY -> i--;
        case SKIP_ORIGINAL -> j--;
        case ONE_ONE -> {
          links.add(new Link(i - 1, i, j - 1, j, linkSim[i][j], query.get(i - 1).sameWords(original.get(j - 1))));
          i--;
          j--;
        }
        case TWO_ONE -> {
          links.add(new Link(i - 2, i, j - 1, j, linkSim[i][j], false));
          i -= 2;
          j--;
        }
        case ONE_TWO -> {
          links.add(new Link(i - 1, i, j - 2, j, linkSim[i][j], false));
          i--;
          j -= 2;
        }
        default -> throw new IllegalStateException("no move at " + i + "," + j);
      }
    }
    Collections.reverse(links);
    return links;
  }
}
