package io.mtdetect.match.index;

import io.mtdetect.match.analysis.NewsAnalyzer;
import io.mtdetect.match.analysis.OriginalFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writing side of the index of originals, and the only class that opens an {@link IndexWriter}
 * (one writer per directory: Lucene's {@code write.lock} makes a second one fail). Thread-safe, as
 * the writer is. Readers in other processes keep searching the last commit while this one writes;
 * they see the additions after {@link #commit()} or {@link #close()}.
 */
public final class OriginalsIndex implements AutoCloseable {
  static final double RAM_BUFFER_MB = 64;
  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader committed;
  private final Set<String> addedThisRun = new HashSet<>();

  private OriginalsIndex(Directory directory, IndexWriter writer, DirectoryReader committed) {
    this.directory = directory;
    this.writer = writer;
    this.committed = committed;
  }

  /** A problem opening the index that a user can fix, as one line. */
  public static final class Unavailable extends IOException {
    Unavailable(String message) {
      super(message);
    }
  }

  /** Opens the index in {@code dir} for writing, creating the directory and the index if needed. */
  public static OriginalsIndex openOrCreate(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Unavailable(dir + " is a file, not an index directory");
    }
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // Fewer, larger flushed segments: less merging when a run adds hundreds of thousands (issue 30).
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new Unavailable("index " + dir + " is being written by another process");
    }
    DirectoryReader committed = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
    return new OriginalsIndex(directory, writer, committed);
  }

  /**
   * Adds an original, replacing any earlier one with its id.
   *
   * @return whether an original with this id was already in the index (or added earlier in this run)
   */
  public boolean upsert(IndexedOriginal original) throws IOException {
    boolean replaced;
    synchronized (addedThisRun) {
      replaced = !addedThisRun.add(original.id()) || committedHas(original.id());
    }
    writer.updateDocument(new Term(OriginalFields.ID, original.id()), OriginalDocuments.toDocument(original));
    return replaced;
  }

  private boolean committedHas(String id) throws IOException {
    return committed != null && committed.docFreq(new Term(OriginalFields.ID, id)) > 0;
  }

  /** Makes everything added so far durable and visible to readers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Commits and releases the write lock. */
  @Override
  public void close() throws IOException {
    try (directory; committed) {
      writer.close();
    }
  }
}
