package io.mtdetect.ingest.html;

import java.util.HashSet;
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
    for (String selector : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
      Element meta = doc.selectFirst(selector);
      if (meta != null && !meta.attr("content").isBlank()) {
        return Text.normalizeSpace(meta.attr("content"));
      }
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return Text.normalizeSpace(h1.text());
    }
    String title = Text.normalizeSpace(doc.title());
    if (title.isEmpty()) {
      return null;
    }
    String stripped = SITE_SUFFIX.matcher(title).replaceFirst("");
    return stripped.isEmpty() ? title : stripped;
  }

  /**
   * Every form the headline takes on the page (Open Graph and Twitter titles, the first {@code h1},
   * the {@code <title>} with and without the site name), as {@link Text#wordKey} keys: a body that
   * starts with any of them starts with the headline.
   */
  static Set<String> forms(Document doc) {
    Set<String> forms = new HashSet<>();
    for (String selector : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
      Element meta = doc.selectFirst(selector);
      if (meta != null) {
        forms.add(Text.wordKey(meta.attr("content")));
      }
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      forms.add(Text.wordKey(h1.text()));
    }
    forms.add(Text.wordKey(doc.title()));
    forms.add(Text.wordKey(SITE_SUFFIX.matcher(Text.normalizeSpace(doc.title())).replaceFirst("")));
    forms.remove("");
    return forms;
  }
}
