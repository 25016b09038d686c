package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same entity spelled two ways in one article ({@code Putin}/{@code Poutin},
 * {@code Troianovski}/{@code Troianovsky}, {@code Kyiv}/{@code Kiev}, {@code Mr}/{@code Mr.}).
 * A human desk applies one style sheet; a round trip through a language with its own
 * transliteration re-spells some occurrences and not others.
 *
 * <p>Capitalised words are grouped by a transliteration key that folds the spellings languages
 * disagree on (ou/u, y/i, ie/i, w/v, ph/f, doubled letters, accents). In a group with several
 * spellings the most frequent is the article's own; the rarer ones carry the evidence (on a tie,
 * the spelling seen first is the article's own).
 */
public final class NameVariantSignal implements SentenceSignal {
  public static final String VARIANT = "names.variant";
  /**
   * A title or country abbreviation written two ways ({@code Mr}/{@code Mr.}, {@code US}/{@code U.S.}):
   * counted apart from {@link #VARIANT}, because English news mixes these far more often than it
   * respells a name (artefact-rates: docs/benchmark.md).
   */
  public static final String STYLE_VARIANT = "names.styleVariant";

  private static final int MIN_NAME_LENGTH = 4;
  private static final Pattern DOTTED_FORM =
      Pattern.compile("\\b(Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Prof)(\\.?)(?=\\s+\\p{Lu})|\\b(U\\.S\\.|US|U\\.K\\.|UK|U\\.N\\.|UN|E\\.U\\.|EU)(?![\\p{L}.])");

  private record Occurrence(String form, int sentence, int start, int end) {}

  @Override
  public String name() {
    return "names";
  }

  @Override
  public List<String> features() {
    return List.of(VARIANT, STYLE_VARIANT);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
    java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();
    for (Sentence sentence : article.sentences()) {
      for (Words.Word word : Words.of(sentence.text())) {
        if (!word.isCapitalized()) {
          lowerCaseWords.add(word.text());
        }
      }
    }
    for (Sentence sentence : article.sentences()) {
      List<Words.Word> words = Words.of(sentence.text());
      for (int w = 0; w < words.size(); w++) {
        Words.Word word = words.get(w);
        String form = stripPossessive(word.text());
        // A sentence's first word is capitalised whatever it is: "More" that the article also writes as
        // "more" is a word, not a spelling of Moore.
        if (form.length() < MIN_NAME_LENGTH || !word.isCapitalized()
            || (w == 0 && lowerCaseWords.contains(form.toLowerCase(Locale.ROOT)))) {
          continue;
        }
        int start = sentence.start() + word.start();
        byKey.computeIfAbsent("name:" + transliterationKey(form), k -> new ArrayList<>())
            .add(new Occurrence(form, sentence.index(), start, start + form.length()));
      }
      Matcher m = DOTTED_FORM.matcher(sentence.text());
      while (m.find()) {
        String form = m.group();
        String key = "abbr:" + form.replace(".", "");
        int start = sentence.start() + m.start();
        byKey.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Occurrence(form, sentence.index(), start, start + form.length()));
      }
    }
    byKey.forEach((key, group) -> flagRareSpellings(group, key.startsWith("abbr:") ? STYLE_VARIANT : VARIANT, findings));
  }

  private void flagRareSpellings(List<Occurrence> group, String feature, List<SentenceFindings> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    java.util.Set<String> caseFolded = new java.util.HashSet<>();
    for (Occurrence o : group) {
      counts.merge(o.form(), 1, Integer::sum);
      caseFolded.add(o.form().toLowerCase(Locale.ROOT));
    }
    // "WASHINGTON" and "Washington" are one spelling in two cases (datelines, headings), not two spellings.
    if (caseFolded.size() < 2) {
      return;
    }
    String canonical = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // LinkedHashMap order is first-seen order, so a strict ">" keeps the first spelling on ties.
      if (canonical == null || e.getValue() > counts.get(canonical)) {
        canonical = e.getKey();
      }
    }
    for (Occurrence o : group) {
      if (o.form().equalsIgnoreCase(canonical)) {
        continue;
      }
      SentenceFindings f = findings.get(o.sentence());
      f.add(feature, 1);
      f.addEvidence(new Evidence(name(), feature.equals(STYLE_VARIANT) ? "style-variant" : "spelling-variant",
          "\"" + o.form() + "\" is another spelling of \"" + canonical + "\" (used "
              + counts.get(canonical) + "× in this article)",
          o.start(), o.end()));
    }
  }

  private static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static final Map<String, String> FOLDS = foldTable();

  private static Map<String, String> foldTable() {
    Map<String, String> folds = new LinkedHashMap<>();
    folds.put("tch", "ch");
    folds.put("ou", "u");
    folds.put("ie", "i");
    folds.put("ph", "f");
    folds.put("ck", "k");
    folds.put("kh", "h");
    folds.put("y", "i");
    folds.put("w", "v");
    return folds;
  }

  /** A key under which spellings of one name that transliteration tends to produce coincide. */
  static String transliterationKey(String word) {
    String key = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> fold : FOLDS.entrySet()) {
      key = key.replace(fold.getKey(), fold.getValue());
    }
    StringBuilder collapsed = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
        collapsed.append(key.charAt(i));
      }
    }
    return collapsed.toString();
  }
}
