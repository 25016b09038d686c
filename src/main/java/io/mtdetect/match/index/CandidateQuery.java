package io.mtdetect.match.index;

import io.mtdetect.match.analysis.OriginalFields;
import io.mtdetect.match.analysis.SurvivingTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The retrieval query for an article: what survives a round trip. Names and numbers are each a
 * clause; of the article's content stems only the rarest in the index are kept (a round trip
 * changes common words, and rare ones are what identify a story), with words in quotations counted
 * twice. Every clause is optional; BM25 ranks the originals sharing most of them.
 */
final class CandidateQuery {
  static final float NAME_BOOST = 2.0f;
  static final float NUMBER_BOOST = 1.5f;
  static final int MAX_NAMES = 40;
  static final int MAX_NUMBERS = 20;
  static final int MAX_BODY_TERMS = 30;
  /** Names and numbers found in more than this share of the originals are left out of the query... */
  static final double MAX_COMMON_SHARE = 0.02;
  /** ...unless the index is so small that the share is a handful of originals. */
  static final long MIN_COMMON_DOCS = 1000;

  private CandidateQuery() {}

  static Query of(List<String> sentences, String title, IndexReader reader, Analyzer analyzer) throws IOException {
    SurvivingTerms terms = SurvivingTerms.of(sentences);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    // A name or number in more than a small share of the index ("Trump", "2020") tells no story from another,
    // and its postings are what a query spends its time on in a large index (p99 234 ms at a million with them).
    long common = Math.max(MIN_COMMON_DOCS, (long) (MAX_COMMON_SHARE * reader.numDocs()));
    addTerms(query, OriginalFields.NAMES, rare(terms.names(), OriginalFields.NAMES, reader, common), MAX_NAMES, NAME_BOOST);
    addTerms(query, OriginalFields.NUMBERS, rare(terms.numbers(), OriginalFields.NUMBERS, reader, common), MAX_NUMBERS,
        NUMBER_BOOST);
    Map<String, Integer> stems = new HashMap<>();
    String text = (title == null ? "" : title + "\n") + String.join("\n", sentences) + "\n" + terms.quoted();
    try (TokenStream stream = analyzer.tokenStream(OriginalFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    }
    int docs = Math.max(1, reader.numDocs());
    List<Map.Entry<String, Double>> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> e : stems.entrySet()) {
      int df = reader.docFreq(new Term(OriginalFields.BODY, e.getKey()));
      if (df > 0) {
        weighted.add(Map.entry(e.getKey(), Math.sqrt(e.getValue()) * Math.log(1.0 + (double) docs / df)));
      }
    }
    weighted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Double> e : weighted.subList(0, Math.min(MAX_BODY_TERMS, weighted.size()))) {
      query.add(new TermQuery(new Term(OriginalFields.BODY, e.getKey())), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** The terms found in at most {@code common} originals. */
  private static Map<String, Integer> rare(Map<String, Integer> counts, String field, IndexReader reader, long common)
      throws IOException {
    Map<String, Integer> rare = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (reader.docFreq(new Term(field, e.getKey())) <= common) {
        rare.put(e.getKey(), e.getValue());
      }
    }
    return rare;
  }

  private static void addTerms(BooleanQuery.Builder query, String field, Map<String, Integer> counts, int max, float boost) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .forEach(e -> query.add(new BoostQuery(new TermQuery(new Term(field, e.getKey())), boost), BooleanClause.Occur.SHOULD));
  }

}
