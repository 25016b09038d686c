package io.mtdetect.match.index;

import io.mtdetect.core.DaemonThreads;
import io.mtdetect.match.analysis.NewsAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the index of originals: thread-safe candidate retrieval over the last commit.
 * A {@link SearcherManager} hands out searchers; a background thread picks up new commits (another
 * process running {@code mtdetect index}) once a second, so queries never pay for a refresh.
 */
public final class OriginalsSearcher implements AutoCloseable {
  static final long REFRESH_SECONDS = 1;

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new NewsAnalyzer();
  private final ScheduledExecutorService refresher;

  private OriginalsSearcher(Directory directory, SearcherManager searchers) {
    this.directory = directory;
    this.searchers = searchers;
    this.refresher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mtdetect-index-refresh"));
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
  }

  /** Opens the index in {@code dir} for reading; one line saying why when there is none. */
  public static OriginalsSearcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new OriginalsIndex.Unavailable("no index of originals at " + dir + " (build one with: mtdetect index --index "
          + dir + " INPUT...)");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new OriginalsIndex.Unavailable(dir + " holds no index of originals (build one with: mtdetect index --index "
          + dir + " INPUT...)");
    }
    return new OriginalsSearcher(directory, new SearcherManager(directory, null));
  }

  /** The {@code k} originals that share most of what survives a round trip with the article's sentences. */
  public List<Candidate> candidates(List<String> sentences, String title, int k) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query query = CandidateQuery.of(sentences, title, searcher.getIndexReader(), analyzer);
      TopDocs top = searcher.search(query, k);
      List<Candidate> found = new ArrayList<>(top.scoreDocs.length);
      var stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        found.add(new Candidate(OriginalDocuments.fromDocument(stored.document(hit.doc)), hit.score));
      }
      return found;
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many originals the current searcher sees. */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Picks up the latest commit now (the background refresh does this once a second). */
  public void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      // The next scheduled refresh retries; queries keep the current snapshot meanwhile.
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try (directory; analyzer) {
      searchers.close();
    }
  }
}
