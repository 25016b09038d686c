package io.mtdetect.signals;

import java.util.List;

/**
 * The round-trip artefact detectors: signals that need nothing but the text (no language model, no
 * LanguageTool), each of whose features counts occurrences of one kind of artefact. Their rates on
 * English originals and on machine translation ({@code mtdetect artefact-rates}) are what the scorer's
 * evidence channel weighs them by.
 */
public final class Artefacts {
  private Artefacts() {}

  /** One kind of artefact: the sentence feature that counts it and what a reader calls it. */
  public record Kind(String feature, String label) {}

  /** Every counted kind, in the order tables list them. */
  public static final List<Kind> KINDS = List.of(
      new Kind(GarbledNameSignal.NEAR_MISS, "garbled name"),
      new Kind(GarbledNameSignal.NEAR_MISS_BESIDE_ORIGINAL, "garbled name beside its original"),
      new Kind(NameVariantSignal.VARIANT, "name spelled two ways"),
      new Kind(NameVariantSignal.STYLE_VARIANT, "abbreviation written two ways"),
      new Kind(FragmentSignal.LOWERCASE_START, "fragment: lower-case start"),
      new Kind(FragmentSignal.SHORT_PIECE, "fragment: short piece"),
      new Kind(QuotationSignal.MISPLACED, "misplaced quotation mark"),
      new Kind(QuotationSignal.UNBALANCED, "unbalanced quotation mark"),
      new Kind(PunctuationSignal.STRAY, "stray punctuation"),
      new Kind(TautologySignal.TAUTOLOGY, "tautology"),
      new Kind(ForeignWordSignal.FOREIGN_WORD, "word left in another language"),
      new Kind(DisclosureSignal.DISCLOSURE, "disclosure"));

  /** Fresh detectors, in pipeline order; they hold nothing to close but the bundled gazetteer. */
  public static List<SentenceSignal> detectors() {
    return detectors(NewsWordCounts.bundled());
  }

  /** As {@link #detectors()}, reading the news lexicon the caller has loaded already (once for every signal). */
  public static List<SentenceSignal> detectors(NewsWordCounts newsWords) {
    return List.of(new FragmentSignal(newsWords), new QuotationSignal(), new PunctuationSignal(), new NameVariantSignal(),
        GarbledNameSignal.bundled(), new ForeignWordSignal(newsWords, EnglishSpellers.bundled()), new TautologySignal(),
        new DisclosureSignal());
  }
}
