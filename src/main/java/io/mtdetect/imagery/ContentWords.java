package io.mtdetect.imagery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's content words, lemmatised as nouns, with their offsets: the units between which a picture is
 * explained or not. Function words, auxiliaries and "said" are left out; they explain nothing.
 */
public final class ContentWords {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Set<String> STOP = Set.of(("a an the this that these those some any each every no not nor all"
      + " both either neither of in on at to for with by from into onto upon about above below over under between among"
      + " through during before after since until against within without along across behind beyond near off out up down"
      + " around than as like via per and or but if so yet because while although though whereas whether when where why"
      + " how what which who whom whose i me my mine we us our ours you your yours he him his she her hers it its they them"
      + " their theirs myself himself herself itself ourselves themselves is are was were be been being am do does did"
      + " doing done s re ve d ll t will would shall should can could may might must there here then now very too also just"
      + " only even still already again ever never more most less least much many such own same other another one two"
      + " three said say says has have had having mr mrs ms").split(" "));

  /** One content word: its noun lemma and where it stands in the text. */
  public record Word(String lemma, int start, int end) {}

  private ContentWords() {}

  public static List<Word> of(String text, ConcreteNouns nouns) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String lower = m.group().toLowerCase(Locale.ROOT);
      if (!STOP.contains(lower)) {
        String lemma = nouns.lemma(lower);
        if (!STOP.contains(lemma)) {
          words.add(new Word(lemma, m.start(), m.end()));
        }
      }
    }
    return words;
  }
}
