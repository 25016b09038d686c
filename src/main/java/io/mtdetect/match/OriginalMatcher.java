package io.mtdetect.match;

import io.mtdetect.core.AlignedSentence;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.Relation;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.match.align.Alignment;
import io.mtdetect.match.align.Link;
import io.mtdetect.match.align.MonotoneAligner;
import io.mtdetect.match.align.SentenceProfile;
import io.mtdetect.match.align.SentenceSimilarity;
import io.mtdetect.match.index.Candidate;
import io.mtdetect.match.index.IndexedOriginal;
import io.mtdetect.match.index.OriginalsSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the original behind an article: retrieves candidates from the index by what survives a
 * round trip, aligns the article's sentences to each, and keeps the strongest alignment with the
 * relation it shows. Thread-safe; owns and closes its searcher.
 */
public final class OriginalMatcher implements AutoCloseable {
  /** Candidates aligned per article: the source is almost always first, the rest are for near-ties. */
  static final int CANDIDATES = 3;

  /** Candidates scoring below this share of the best one's retrieval score are not worth aligning. */
  static final float MIN_RELATIVE_SCORE = 0.3f;
  /** An alignment covering this much of both texts is the source: the other candidates are not aligned. */
  static final double CONCLUSIVE_COVERAGE = 0.8;
  /** Changes shown as evidence per sentence; a heavily reworded sentence would otherwise flood the report. */
  static final int MAX_CHANGES_PER_SENTENCE = 6;
  public static final String EVIDENCE_KIND = "original";

  private final OriginalsSearcher searcher;
  private final MonotoneAligner aligner = new MonotoneAligner();

  public OriginalMatcher(OriginalsSearcher searcher) {
    this.searcher = searcher;
  }

  public static OriginalMatcher open(Path indexDir) throws IOException {
    return new OriginalMatcher(OriginalsSearcher.open(indexDir));
  }

  /** The best-matching original with a relation, or empty when nothing in the index is related. */
  public Optional<OriginalMatch> find(SegmentedArticle article) throws IOException {
    return choose(alignCandidates(article));
  }

  /** The match among aligned candidates ({@link #alignCandidates}): the best one with a relation. */
  public static Optional<OriginalMatch> choose(List<Aligned> candidates) {
    OriginalMatch best = null;
    for (Aligned a : candidates) {
      if (a.relation().isPresent() && (best == null || isBetter(a, best))) {
        best = new OriginalMatch(a.original(), a.alignment(), a.relation().get());
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a candidate beats the best so far: being the same text (copy or round trip) beats being
   * another report of the same story, whatever the alignment strengths; then the stronger alignment.
   */
  private static boolean isBetter(Aligned candidate, OriginalMatch best) {
    boolean sameText = candidate.relation().get() != Relation.SAME_STORY;
    boolean bestSameText = best.relation() != Relation.SAME_STORY;
    if (sameText != bestSameText) {
      return sameText;
    }
    return candidate.alignment().strength() > best.alignment().strength();
  }

  /**
   * A retrieved candidate with its alignment to the article and the relation that shows, if any;
   * {@code textSimilarity} is the whole texts' content-stem similarity, computed for short pairs
   * only (else NaN).
   */
  public record Aligned(IndexedOriginal original, float score, Alignment alignment, double textSimilarity,
      Optional<Relation> relation) {}

  /**
   * The candidates worth aligning, best retrieved first, each aligned to the article (stops after a
   * conclusive one). {@link #find} picks from these; {@code eval-originals --dump} shows them.
   */
  public List<Aligned> alignCandidates(SegmentedArticle article) throws IOException {
    List<String> sentences = article.sentences().stream().map(Sentence::text).toList();
    List<Aligned> aligned = new ArrayList<>();
    if (sentences.isEmpty()) {
      return aligned;
    }
    List<SentenceProfile> profiles = profiles(sentences);
    // Only short pairs are decided on the whole text (RelationRule.isShortPair), so only a short article needs it.
    SentenceProfile whole = profiles.size() <= RelationRule.SHORT_TEXT_SENTENCES ? SentenceProfile.joinAll(profiles) : null;
    List<Candidate> candidates = searcher.candidates(sentences, article.title(), CANDIDATES);
    for (int rank = 0; rank < candidates.size(); rank++) {
      Candidate candidate = candidates.get(rank);
      if (candidate.score() < MIN_RELATIVE_SCORE * candidates.get(0).score()) {
        break;
      }
      boolean clearlyFirst = rank == 0
          && (candidates.size() == 1 || candidate.score() >= RelationRule.SHORT_TEXT_RETRIEVAL_MARGIN * candidates.get(1).score());
      IndexedOriginal original = candidate.original();
      List<SentenceProfile> originalProfiles = profiles(original.sentences());
      Alignment alignment = aligner.align(profiles, originalProfiles);
      double textSimilarity = RelationRule.isShortPair(profiles.size(), originalProfiles.size())
          ? SentenceSimilarity.of(whole, SentenceProfile.joinAll(originalProfiles)) : Double.NaN;
      Optional<Relation> relation = RelationRule.of(alignment, textSimilarity, clearlyFirst);
      aligned.add(new Aligned(original, candidate.score(), alignment, textSimilarity, relation));
      if (relation.isPresent() && relation.get() != Relation.SAME_STORY
          && alignment.coverage() >= CONCLUSIVE_COVERAGE && alignment.originalCoverage() >= CONCLUSIVE_COVERAGE) {
        break;
      }
    }
    return aligned;
  }

  /**
   * The scored sentences with {@code alignedTo} and the word changes as evidence (kind
   * {@value #EVIDENCE_KIND}). For a same-story match only the alignment is recorded: another
   * report's wording differs for reasons that have nothing to do with translation.
   */
  public static List<ScoredSentence> annotate(List<ScoredSentence> scored, OriginalMatch match) {
    List<ScoredSentence> out = new ArrayList<>(scored);
    List<String> query = scored.stream().map(ScoredSentence::text).toList();
    List<String> original = match.original().sentences();
    for (Link link : match.alignment().links()) {
      String originalText = String.join(" ", original.subList(link.originalFrom(), link.originalTo()));
      AlignedSentence to = new AlignedSentence(link.originalFrom(), originalText);
      List<List<Evidence>> changes = new ArrayList<>();
      for (int i = link.queryFrom(); i < link.queryTo(); i++) {
        changes.add(new ArrayList<>());
      }
      if (match.relation() != Relation.SAME_STORY) {
        for (LinkChanges.Located c : LinkChanges.of(link, query, original)) {
          List<Evidence> forSentence = changes.get(c.querySentence() - link.queryFrom());
          ScoredSentence s = scored.get(c.querySentence());
          if (!c.change().isDeletion() && forSentence.size() < MAX_CHANGES_PER_SENTENCE) {
            forSentence.add(new Evidence(EVIDENCE_KIND, c.change().originalText().isEmpty() ? "added-words" : "changed-words",
                c.change().describe(), s.start() + c.change().queryStart(), s.start() + c.change().queryEnd()));
          }
        }
      }
      for (int i = link.queryFrom(); i < link.queryTo(); i++) {
        out.set(i, scored.get(i).aligned(to, changes.get(i - link.queryFrom())));
      }
    }
    return out;
  }

  /** How many originals the index holds. */
  public int size() throws IOException {
    return searcher.size();
  }

  private static List<SentenceProfile> profiles(List<String> sentences) {
    return sentences.stream().map(SentenceProfile::of).toList();
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
