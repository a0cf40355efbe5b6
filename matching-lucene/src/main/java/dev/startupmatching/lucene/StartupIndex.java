package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.model.Startup;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of startups, in memory or in a directory on disk.
 *
 * <p>Startups are keyed by id: {@link #upsert} replaces a startup with the same id. Changes become
 * visible to searches after {@link #refresh} and durable after {@link #commit}; an index on disk
 * that is reopened holds exactly what was committed.
 *
 * <p><b>Thread safety:</b> all methods may be called concurrently; searches run while startups are
 * added. Only one {@code StartupIndex} may have a directory open at a time (Lucene's write lock).
 */
public final class StartupIndex implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(StartupIndex.class);

  private final String name;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private StartupIndex(String name, Directory directory) throws IOException {
    this.name = name;
    this.directory = directory;
    IndexWriterConfig config =
        new IndexWriterConfig(Analyzers.english())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** Returns a new, empty index held in memory. */
  public static StartupIndex inMemory() {
    try {
      return new StartupIndex("in-memory index", new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index in a directory, creating an empty one if the directory holds none.
   *
   * @throws IOException if the directory cannot be read or written, or is locked by another index
   */
  public static StartupIndex open(Path directory) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    StartupIndex index = new StartupIndex(directory.toString(), FSDirectory.open(directory));
    log.debug("opened {} with {} startups", directory, index.size());
    return index;
  }

  /** Adds the startup, replacing any startup with the same id. */
  public void upsert(Startup startup) {
    checkArgument(startup != null, "startup must not be null");
    try {
      writer.updateDocument(
          new Term(StartupFields.ID, startup.id()),
          StartupFields.toDocument(startup, StartupSource.encode(startup)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Upserts every startup, in order; a later duplicate id replaces an earlier one. */
  public void upsertAll(Iterable<Startup> startups) {
    for (Startup startup : startups) {
      upsert(startup);
    }
  }

  /** Removes the startup with this id, if present. */
  public void delete(String startupId) {
    checkArgument(startupId != null, "startupId must not be null");
    try {
      writer.deleteDocuments(new Term(StartupFields.ID, startupId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes all changes so far durable; after a crash, the index reopens with them. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Makes all changes so far visible to searches that start afterwards. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the number of startups visible to searches. */
  public int size() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** A name for messages: the directory, or "in-memory index". */
  String name() {
    return name;
  }

  IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits pending changes, as {@link IndexWriter#close} does, and releases the index. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
