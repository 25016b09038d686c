package io.mtdetect.match.align;

/** Whether two words are at most one edit apart (insert, delete, substitute, or swap two neighbours). */
final class EditDistance {
  private EditDistance() {}

  static boolean withinOne(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (la == lb) {
      if (a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)) {
        return true; // one substitution
      }
      return prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
          && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2);
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix);
  }
}
