package io.mtdetect.match.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer the index of originals uses for writing and for querying. The article text
 * ({@link OriginalFields#BODY}) is stemmed English without stop words, so a reworded sentence still
 * shares its content stems; names and numbers ({@link OriginalFields#NAMES}, {@link OriginalFields#NUMBERS})
 * arrive already extracted by {@link SurvivingTerms}, one per whitespace-separated token, and are only
 * lower-cased.
 */
public final class NewsAnalyzer extends Analyzer {
  public NewsAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    if (field.equals(OriginalFields.BODY)) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new EnglishPossessiveFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }
    Tokenizer source = new WhitespaceTokenizer();
    return new TokenStreamComponents(source, new LowerCaseFilter(source));
  }
}
