package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A capitalised word that English news (almost) never uses, one edit away from a name it uses all the
 * time: "Poutin" for Putin, "Respublic" for Republic. A round trip through a language with its own
 * spelling of a name brings it back re-spelled; a writer or sub-editor rarely does. Evidence names
 * the likely original.
 */
public final class GarbledNameSignal implements SentenceSignal {
  public static final String NEAR_MISS = "names.nearMiss";
  /**
   * A garbled name whose likely original is spelled correctly elsewhere in the same article ("Poutin"
   * beside "Putin"): counted apart from {@link #NEAR_MISS}, because a writer's typo rarely sits beside
   * the right spelling of a frequent name while a round trip re-spells some occurrences and not others.
   */
  public static final String NEAR_MISS_BESIDE_ORIGINAL = "names.nearMissBesideOriginal";
  /** A word seen at most this often in the news corpus counts as unknown to it. */
  static final int MAX_OWN_COUNT = 2;
  /** The original must be this frequent: common enough that a near miss of it is telling. */
  static final int MIN_NAME_COUNT = 300;
  private static final int MIN_LENGTH = 5;

  private final NameGazetteer gazetteer;

  public GarbledNameSignal(NameGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public static GarbledNameSignal bundled() {
    return new GarbledNameSignal(NameGazetteer.bundled(MIN_NAME_COUNT));
  }

  @Override
  public String name() {
    return "names";
  }

  @Override
  public List<String> features() {
    return List.of(NEAR_MISS, NEAR_MISS_BESIDE_ORIGINAL);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    java.util.Set<String> articleWords = new java.util.HashSet<>();
    for (Sentence sentence : article.sentences()) {
      for (Words.Word word : Words.of(sentence.text())) {
        // "Putin's" spells Putin too.
        articleWords.add(word.text().replaceFirst("['’]s$", ""));
      }
    }
    for (Sentence sentence : article.sentences()) {
      SentenceFindings f = findings.get(sentence.index());
      for (Words.Word word : Words.of(sentence.text())) {
        String form = word.text();
        if (form.length() < MIN_LENGTH || !Character.isUpperCase(form.charAt(0))
            || form.chars().skip(1).anyMatch(Character::isUpperCase) || !form.chars().allMatch(Character::isLetter)
            || article.article().markup().isIdentifier(form)) {
          continue; // "Systemd" on a page that sets systemd in code is the program's name, not a respelling
        }
        Optional<String> original = gazetteer.nearMiss(form, MAX_OWN_COUNT)
            .filter(name -> !form.equals(name + "s")); // a plural ("the Khashoggis"), not a respelling
        if (original.isPresent()) {
          boolean beside = articleWords.contains(original.get());
          f.add(beside ? NEAR_MISS_BESIDE_ORIGINAL : NEAR_MISS, 1);
          int start = sentence.start() + word.start();
          f.addEvidence(new Evidence(name(), beside ? "garbled-name-beside-original" : "garbled-name",
              String.format(Locale.ROOT, "\"%s\" is unknown to English news; likely a garbled \"%s\" (seen %,d times%s)",
                  form, original.get(), gazetteer.count(original.get()), beside ? ", and spelled so in this article" : ""),
              start, start + form.length()));
        }
      }
    }
  }
}
