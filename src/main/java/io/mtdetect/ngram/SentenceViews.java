package io.mtdetect.ngram;

import io.mtdetect.translationese.TranslationeseTokens;
import java.util.List;
import java.util.function.UnaryOperator;
import org.languagetool.Languages;

/**
 * What an n-gram model reads of a sentence, by the name a model stores: the text itself, or its
 * translationese view (function words and part-of-speech tags, {@link TranslationeseTokens}).
 */
public final class SentenceViews {
  public static final String TEXT = "text";
  public static final List<String> NAMES = List.of(TEXT, TranslationeseTokens.VIEW);

  private SentenceViews() {}

  /** The view of this name; throws IllegalArgumentException for an unknown one. */
  public static UnaryOperator<String> of(String name) {
    return switch (name) {
      case TEXT -> UnaryOperator.identity();
      case TranslationeseTokens.VIEW -> new TranslationeseTokens(Languages.getLanguageForShortCode("en-US"));
      default -> throw new IllegalArgumentException("unknown sentence view '" + name + "' (known: " + NAMES + ")");
    };
  }
}
