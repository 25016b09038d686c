package io.mtdetect.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline: the publisher's Open Graph title, else the first {@code h1}, else {@code <title>} without the site name. */
final class Titles {
  /** "Headline | Site", "Headline - Site", "Headline — Site": the last separated part is the site. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00B7\u2022]\\s+[^|\\-\u2013\u2014]{2,60}$");

  private Titles() {}

  static String of(Document doc) {
    return candidates(doc).stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
  }

  /**
   * Every form the headline takes on the page (Open Graph and Twitter titles, the first {@code h1},
   * the {@code <title>} with and without the site name), as {@link Text#wordKey} keys: a body that
   * starts with any of them starts with the headline.
   */
  static Set<String> forms(Document doc) {
    Set<String> forms = new HashSet<>();
    for (String candidate : candidates(doc)) {
      forms.add(Text.wordKey(candidate));
    }
    forms.remove("");
    return forms;
  }

  /** The headline's forms in order of preference, space-normalised; empty where the page lacks one. */
  private static List<String> candidates(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (String selector : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
      Element meta = doc.selectFirst(selector);
      candidates.add(meta == null ? "" : Text.normalizeSpace(meta.attr("content")));
    }
    Element h1 = doc.selectFirst("h1");
    candidates.add(h1 == null ? "" : Text.normalizeSpace(h1.text()));
    String title = Text.normalizeSpace(doc.title());
    candidates.add(SITE_SUFFIX.matcher(title).replaceFirst(""));
    candidates.add(title);
    return candidates;
  }
}
