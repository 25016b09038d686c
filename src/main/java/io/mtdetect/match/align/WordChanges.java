package io.mtdetect.match.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-level differences between two aligned sentences: the longest common subsequence of
 * their words anchors the text both share, and each gap between anchors is one change.
 */
public final class WordChanges {
  private WordChanges() {}

  public static List<WordChange> between(String query, String original) {
    List<Token> q = Token.of(query);
    List<Token> o = Token.of(original);
    int[][] lcs = new int[q.size() + 1][o.size() + 1];
    for (int i = q.size() - 1; i >= 0; i--) {
      for (int j = o.size() - 1; j >= 0; j--) {
        lcs[i][j] = q.get(i).key().equals(o.get(j).key()) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<WordChange> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    int gapQ = 0;
    int gapO = 0;
    while (i < q.size() || j < o.size()) {
      if (i < q.size() && j < o.size() && q.get(i).key().equals(o.get(j).key())) {
        addChange(changes, query, original, q, o, gapQ, i, gapO, j);
        i++;
        j++;
        gapQ = i;
        gapO = j;
      } else if (j < o.size() && (i == q.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    addChange(changes, query, original, q, o, gapQ, i, gapO, j);
    return changes;
  }

  private static void addChange(List<WordChange> changes, String query, String original, List<Token> q,
      List<Token> o, int qFrom, int qTo, int oFrom, int oTo) {
    if (qFrom == qTo && oFrom == oTo) {
      return;
    }
    String originalText = oFrom == oTo ? "" : original.substring(o.get(oFrom).start(), o.get(oTo - 1).end());
    if (qFrom == qTo) {
      int at = qFrom < q.size() ? q.get(qFrom).start() : query.length();
      changes.add(new WordChange(at, at, "", originalText));
    } else {
      int start = q.get(qFrom).start();
      int end = q.get(qTo - 1).end();
      changes.add(new WordChange(start, end, query.substring(start, end), originalText));
    }
  }
}
