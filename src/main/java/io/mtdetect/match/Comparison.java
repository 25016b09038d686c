package io.mtdetect.match;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mtdetect.core.Relation;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.match.align.Alignment;
import io.mtdetect.match.align.Link;
import io.mtdetect.match.align.MonotoneAligner;
import io.mtdetect.match.align.SentenceProfile;
import io.mtdetect.match.align.WordChange;
import io.mtdetect.match.align.WordChanges;
import java.util.ArrayList;
import java.util.List;

/**
 * Two articles side by side ({@code mtdetect compare A B}): B is read as the original, A as the
 * text that may derive from it. Rows follow both texts in order; an aligned row holds the linked
 * sentences and the word changes, an unaligned row one side only.
 */
@JsonPropertyOrder({"a", "b", "relation", "similarity", "coverage", "rows"})
public record Comparison(Side a, Side b, Relation relation, double similarity, double coverage, List<Row> rows) {

  /** One article: identity and sentences. */
  public record Side(String id, String title, List<String> sentences) {}

  /** A change for the JSON output: the words in A and the words they were in B. */
  public record Change(String a, String b) {}

  /**
   * One row of the side-by-side view.
   *
   * @param aSentences indices of A's sentences in this row (empty when only B has one here)
   * @param similarity of the linked sentences; {@code null} for an unaligned row
   */
  @JsonPropertyOrder({"aSentences", "bSentences", "aText", "bText", "similarity", "changes"})
  public record Row(List<Integer> aSentences, List<Integer> bSentences, String aText, String bText, Double similarity,
      @com.fasterxml.jackson.annotation.JsonIgnore List<WordChange> wordChanges) {
    @com.fasterxml.jackson.annotation.JsonProperty("changes")
    public List<Change> changes() {
      return wordChanges.stream().map(c -> new Change(c.queryText(), c.originalText())).toList();
    }
  }

  public static Comparison of(SegmentedArticle a, SegmentedArticle b) {
    Side left = new Side(a.article().id(), a.title(), a.sentences().stream().map(Sentence::text).toList());
    Side right = new Side(b.article().id(), b.title(), b.sentences().stream().map(Sentence::text).toList());
    Alignment alignment = new MonotoneAligner().align(left.sentences().stream().map(SentenceProfile::of).toList(),
        right.sentences().stream().map(SentenceProfile::of).toList());
    return of(left, right, alignment, RelationRule.of(alignment).orElse(null));
  }

  /**
   * An article beside the indexed original it was matched to, shown with the matcher's own
   * alignment and relation (which may use rules a bare pair does not, such as the retrieval margin).
   */
  public static Comparison of(SegmentedArticle a, OriginalMatch match) {
    Side left = new Side(a.article().id(), a.title(), a.sentences().stream().map(Sentence::text).toList());
    Side right = new Side(match.original().id(), match.original().title(), match.original().sentences());
    return of(left, right, match.alignment(), match.relation());
  }

  private static Comparison of(Side a, Side b, Alignment alignment, Relation relation) {
    List<String> aText = a.sentences();
    List<String> bText = b.sentences();
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Link link : alignment.links()) {
      unaligned(rows, aText, bText, i, link.queryFrom(), j, link.originalFrom());
      String left = String.join(" ", aText.subList(link.queryFrom(), link.queryTo()));
      String right = String.join(" ", bText.subList(link.originalFrom(), link.originalTo()));
      rows.add(new Row(range(link.queryFrom(), link.queryTo()), range(link.originalFrom(), link.originalTo()), left, right,
          link.similarity(), WordChanges.between(left, right)));
      i = link.queryTo();
      j = link.originalTo();
    }
    unaligned(rows, aText, bText, i, aText.size(), j, bText.size());
    return new Comparison(a, b, relation, alignment.similarity(), alignment.coverage(), rows);
  }

  /** A's unaligned sentences, then B's, between two links. */
  private static void unaligned(List<Row> rows, List<String> a, List<String> b, int aFrom, int aTo, int bFrom, int bTo) {
    for (int i = aFrom; i < aTo; i++) {
      rows.add(new Row(List.of(i), List.of(), a.get(i), "", null, List.of()));
    }
    for (int j = bFrom; j < bTo; j++) {
      rows.add(new Row(List.of(), List.of(j), "", b.get(j), null, List.of()));
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int k = from; k < to; k++) {
      r.add(k);
    }
    return r;
  }
}
