package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.lucene.analysis.AreaTagger;
import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import dev.startupmatching.lucene.analysis.LanguageDetector;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StartupSource;
import dev.startupmatching.lucene.index.Vectors;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Places;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of startups, in memory or in a directory on disk.
 *
 * <p>Each startup is indexed with the technology areas of a {@link Taxonomy} that it declares or
 * that its profile mentions, and its text is analysed in its own language as well as in English.
 * The index records the taxonomy's version; opening it with another taxonomy fails rather than
 * returning results computed with mismatched areas.
 *
 * <p>Startups are keyed by id: {@link #upsert} replaces a startup with the same id. Changes become
 * visible to searches at the latest a quarter of a second later, as a background thread refreshes
 * them, or at once after {@link #refresh}; they are durable after {@link #commit}. An index on disk
 * that is reopened, even after the process was killed, holds exactly what was last committed.
 *
 * <p>The commit metadata records the index layout, the analysis, the place data, the taxonomy and
 * the embedding model the startups were indexed with, and the default scoring model's weights.
 * Opening an index whose layout, analysis, place data, taxonomy or embedding model differ from the
 * ones in use fails with a message saying which, rather than returning results computed with
 * mismatched text or areas.
 *
 * <p>An index on disk is opened either for writing ({@link #open}) or read-only ({@link
 * #openReadOnly}). One writer at a time holds a directory, through Lucene's write lock, perhaps in
 * another process; any number of read-only indexes, in any number of processes, search it beside
 * the writer. A read-only index never creates, locks, changes or deletes a file: it searches the
 * last commit, and sees newer commits of the writer at the latest a quarter of a second after them.
 *
 * <p><b>Input and output errors.</b> The methods that open, check or write to an index ({@link
 * #open}, {@link #openReadOnly}, {@link #check}, {@link #upsert}, {@link #upsertAll}, {@link
 * #delete}, {@link #refresh}, {@link #commit}, {@link #rollback}, {@link #close}) throw a checked
 * {@link IOException} when the directory fails them, such as on a full disk, so that a caller that
 * changes the index decides what a failed write means for its changes. An in-memory index's methods
 * declare the same exceptions, though they never throw them. Reading an open index ({@link #get},
 * {@link #size}, and the searches of a matcher over it) throws {@link UncheckedIOException}
 * instead: reads run on the search path of {@link dev.startupmatching.match.StartupMatcher#match},
 * whose interface knows nothing of files and declares no checked exception.
 *
 * <p><b>Thread safety:</b> all methods may be called concurrently; searches run while startups are
 * added.
 */
public final class StartupIndex implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(StartupIndex.class);

  /** The commit metadata key of the taxonomy version the startups were tagged with. */
  private static final String TAXONOMY_VERSION = "taxonomyVersion";

  /** The commit metadata key of this index layout's version; bumped when fields change. */
  private static final String SCHEMA_VERSION = "schemaVersion";

  private static final String SCHEMA = "7";

  /** The commit metadata key of the analysis the text was indexed with. */
  private static final String ANALYSIS_VERSION = "analysisVersion";

  /** The commit metadata key of the {@link Places#version place data} locations resolved with. */
  private static final String PLACES_VERSION = "placesVersion";

  /**
   * The commit metadata key of the default scoring model's weights when the index was written:
   * recorded to tell what an index was built for, not checked, since the scoring model applies at
   * search time and any model may rank any index.
   */
  private static final String SCORING_MODEL = "scoringModel";

  /** How often searches are refreshed in the background to see changes not yet refreshed. */
  static final Duration REFRESH_INTERVAL = Duration.ofMillis(250);

  /** The commit metadata key of the embedding model's id, or {@link #NO_EMBEDDINGS}. */
  private static final String EMBEDDING_MODEL = "embeddingModel";

  private static final String NO_EMBEDDINGS = "none";

  private final String name;
  private final Directory directory;
  private final Taxonomy taxonomy;
  private final LanguageAnalysis analysis;
  private final AreaTagger tagger;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private final EmbeddingModel embeddings;
  private final ScheduledExecutorService refresher;

  /**
   * Opens an index on a directory whose compatibility was checked: for writing, creating an empty
   * index if the directory holds none, or read-only on an existing index.
   */
  private StartupIndex(
      String name,
      Directory directory,
      Taxonomy taxonomy,
      EmbeddingModel embeddings,
      boolean writable)
      throws IOException {
    this.name = name;
    this.directory = directory;
    this.taxonomy = taxonomy;
    this.embeddings = embeddings;
    this.analysis = new LanguageAnalysis(taxonomy, Lexicon.builtIn());
    this.tagger = AreaTagger.of(taxonomy, analysis);
    this.writer = writable ? openWriter(directory, taxonomy, embeddings, analysis) : null;
    try {
      this.searchers =
          writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      throw e;
    }
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "startup-index-refresh " + name);
              thread.setDaemon(true);
              return thread;
            });
    long every = REFRESH_INTERVAL.toMillis();
    refresher.scheduleWithFixedDelay(
        this::refreshInBackground, every, every, TimeUnit.MILLISECONDS);
  }

  private static IndexWriter openWriter(
      Directory directory, Taxonomy taxonomy, EmbeddingModel embeddings, LanguageAnalysis analysis)
      throws IOException {
    boolean created = !DirectoryReader.indexExists(directory);
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64)
            .setMergeScheduler(new LoggingMergeScheduler());
    IndexWriter writer = new IndexWriter(directory, config);
    try {
      writer.setLiveCommitData(
          Map.of(
                  TAXONOMY_VERSION,
                  taxonomy.version(),
                  SCHEMA_VERSION,
                  SCHEMA,
                  ANALYSIS_VERSION,
                  LanguageAnalysis.VERSION,
                  PLACES_VERSION,
                  Places.version(),
                  EMBEDDING_MODEL,
                  embeddingId(embeddings),
                  SCORING_MODEL,
                  LinearScoringModel.defaults().weights().toString())
              .entrySet());
      if (created) {
        // A new index is committed empty at once, so that its directory holds a valid index
        // however soon the process dies.
        writer.commit();
      }
      return writer;
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /**
   * Merges in the background as Lucene's default scheduler does, but reports a failed merge, such
   * as one that met a full disk, to the log instead of printing its stack trace from the merge
   * thread. A failed merge loses nothing: its segments stay as they were, and the writer's next
   * commit or update reports the cause to the caller.
   */
  private static final class LoggingMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable failure) {
      log.debug("a background merge failed; its segments stay unmerged", failure);
    }
  }

  private void refreshInBackground() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The next explicit refresh reports it; a background thread has no one to tell but the
      // log, and a stack trace there would break a command line's one-line errors.
      log.warn("refreshing searches of {} failed: {}", name, e.toString());
      log.debug("refreshing searches of {} failed", name, e);
    }
  }

  /**
   * Refuses an index whose startups were analysed otherwise: its search results would be wrong.
   *
   * @param embeddingModel the id of the model whose vectors the index must hold, {@value
   *     #NO_EMBEDDINGS} for none, or null to accept any
   */
  private static void checkCompatible(
      Path path, Directory directory, Taxonomy taxonomy, String embeddingModel) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String mismatch = null;
    if (!SCHEMA.equals(data.get(SCHEMA_VERSION))) {
      mismatch =
          "has index layout "
              + data.get(SCHEMA_VERSION)
              + " but this version reads layout "
              + SCHEMA
              + "; rebuild the index";
    } else if (!LanguageAnalysis.VERSION.equals(data.get(ANALYSIS_VERSION))) {
      mismatch =
          "was analysed with "
              + data.get(ANALYSIS_VERSION)
              + " but this version analyses with "
              + LanguageAnalysis.VERSION
              + "; rebuild the index";
    } else if (!Places.version().equals(data.get(PLACES_VERSION))) {
      mismatch =
          "resolved locations with place data "
              + data.get(PLACES_VERSION)
              + " but this version resolves them with "
              + Places.version()
              + "; rebuild the index";
    } else if (!taxonomy.version().equals(data.get(TAXONOMY_VERSION))) {
      mismatch =
          "was built with taxonomy "
              + data.get(TAXONOMY_VERSION)
              + " but taxonomy "
              + taxonomy.version()
              + " is in use; rebuild the index or use that taxonomy";
    } else if (embeddingModel != null && !embeddingModel.equals(data.get(EMBEDDING_MODEL))) {
      String stored = data.get(EMBEDDING_MODEL);
      mismatch =
          (NO_EMBEDDINGS.equals(stored)
                  ? "holds no vectors"
                  : "holds vectors of embedding model " + stored)
              + " but "
              + (NO_EMBEDDINGS.equals(embeddingModel)
                  ? "no embedding model"
                  : "embedding model " + embeddingModel)
              + " is in use; use the model it was built with"
              + (NO_EMBEDDINGS.equals(stored) ? " (none)" : "")
              + " or rebuild the index";
    }
    if (mismatch != null) {
      throw new IndexException(path, IndexException.Problem.INCOMPATIBLE, path + " " + mismatch);
    }
  }

  private static String embeddingId(EmbeddingModel embeddings) {
    return embeddings == null ? NO_EMBEDDINGS : embeddings.id();
  }

  /** Returns a new, empty index held in memory, tagging startups with the built-in taxonomy. */
  public static StartupIndex inMemory() {
    return inMemory(Taxonomy.builtIn());
  }

  /** Returns a new, empty index held in memory, tagging startups with the given taxonomy. */
  public static StartupIndex inMemory(Taxonomy taxonomy) {
    checkArgument(taxonomy != null, "taxonomy must not be null");
    try {
      return new StartupIndex("in-memory index", new ByteBuffersDirectory(), taxonomy, null, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a new, empty index held in memory that also stores each startup's vector from the
   * embedding model, for semantic and hybrid retrieval.
   */
  public static StartupIndex inMemory(Taxonomy taxonomy, EmbeddingModel embeddings) {
    checkArgument(taxonomy != null, "taxonomy must not be null");
    checkArgument(embeddings != null, "embeddings must not be null");
    try {
      return new StartupIndex(
          "in-memory index", new ByteBuffersDirectory(), taxonomy, embeddings, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index in a directory for writing with the built-in taxonomy, creating the directory
   * and an empty index if it holds none.
   *
   * @throws IndexException if the directory holds files but no index, a damaged or incompatible
   *     index, or one another writer has open
   * @throws IOException if the directory cannot be read or written
   */
  public static StartupIndex open(Path directory) throws IOException {
    return open(directory, Taxonomy.builtIn());
  }

  /**
   * Opens the index in a directory for writing, creating the directory and an empty index if it
   * holds none.
   *
   * @param taxonomy the taxonomy to tag startups with; an existing index must have been built with
   *     the same version
   * @throws IndexException if the directory holds files but no index, a damaged or incompatible
   *     index, or one another writer has open
   * @throws IOException if the directory cannot be read or written
   */
  public static StartupIndex open(Path directory, Taxonomy taxonomy) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    return open(directory, taxonomy, null);
  }

  /**
   * Opens the index in a directory for writing, creating the directory and an empty index if it
   * holds none, storing each startup's vector from the embedding model. Vectors persist: a reopened
   * index embeds only what is upserted afterwards.
   *
   * <p>A directory that holds files but no index commit is refused rather than made an index of,
   * since Lucene would delete the files it takes for its own: they may be an index that lost its
   * commit file.
   *
   * @param embeddings the model, or null for no vectors; an existing index must have been built
   *     with the same model (or none)
   * @throws IndexException if the directory holds files but no index ({@link
   *     IndexException.Problem#NOT_AN_INDEX}), a damaged index, one built with another layout,
   *     analysis, taxonomy or model ({@link IndexException.Problem#INCOMPATIBLE}), or one another
   *     writer has open ({@link IndexException.Problem#LOCKED})
   * @throws IOException if the directory cannot be read or written
   */
  public static StartupIndex open(Path directory, Taxonomy taxonomy, EmbeddingModel embeddings)
      throws IOException {
    checkArgument(directory != null, "directory must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new IndexException(
          directory,
          IndexException.Problem.NOT_AN_INDEX,
          directory + " is a file, not an index directory");
    }
    return open(directory, FSDirectory.open(directory), taxonomy, embeddings);
  }

  /**
   * Opens the index in a Lucene directory for writing, as {@link #open(Path, Taxonomy,
   * EmbeddingModel)} does; the index owns the directory and closes it. For tests that make a
   * directory fail.
   */
  static StartupIndex open(
      Path directory, Directory files, Taxonomy taxonomy, EmbeddingModel embeddings)
      throws IOException {
    StartupIndex index =
        opening(
            directory,
            files,
            () -> {
              if (!DirectoryReader.indexExists(files) && holdsFiles(files)) {
                throw notAnIndex(directory);
              }
              checkCompatible(directory, files, taxonomy, embeddingId(embeddings));
              return new StartupIndex(directory.toString(), files, taxonomy, embeddings, true);
            });
    log.debug("opened {} with {} startups", directory, index.size());
    return index;
  }

  /**
   * Opens the index in a directory read-only, with the built-in taxonomy and no embedding model.
   *
   * @throws IndexException as {@link #openReadOnly(Path, Taxonomy, EmbeddingModel)} does
   * @throws IOException if the directory cannot be read
   */
  public static StartupIndex openReadOnly(Path directory) throws IOException {
    return openReadOnly(directory, Taxonomy.builtIn(), null);
  }

  /**
   * Opens an existing index read-only: it searches the last commit, and newer commits of a writer,
   * perhaps in another process, at the latest a quarter of a second after them. It never creates,
   * locks, changes or deletes a file, so any number of read-only indexes may search a directory
   * beside its one writer. {@link #upsert}, {@link #upsertAll}, {@link #delete}, {@link #commit}
   * and {@link #rollback} throw {@link IllegalStateException}.
   *
   * @param taxonomy the taxonomy the index was built with, which needs are tagged with
   * @param embeddings the model the index was built with, or null to search by words alone, even an
   *     index that holds vectors
   * @throws IndexException if the directory does not exist or holds no index ({@link
   *     IndexException.Problem#MISSING}), holds files but no index commit ({@link
   *     IndexException.Problem#NOT_AN_INDEX}), or holds a damaged index or one built with another
   *     layout, analysis, place data, taxonomy or model
   * @throws IOException if the directory cannot be read
   */
  public static StartupIndex openReadOnly(
      Path directory, Taxonomy taxonomy, EmbeddingModel embeddings) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    if (!Files.exists(directory)) {
      throw new IndexException(
          directory, IndexException.Problem.MISSING, directory + " does not exist");
    }
    if (!Files.isDirectory(directory)) {
      throw new IndexException(
          directory,
          IndexException.Problem.NOT_AN_INDEX,
          directory + " is a file, not an index directory");
    }
    // No lock factory: a reader must never leave a file behind, not even a lock.
    Directory files = FSDirectory.open(directory, NoLockFactory.INSTANCE);
    return opening(
        directory,
        files,
        () -> {
          if (!DirectoryReader.indexExists(files)) {
            throw holdsFiles(files)
                ? notAnIndex(directory)
                : new IndexException(
                    directory, IndexException.Problem.MISSING, directory + " holds no index");
          }
          // Without a model, an index that holds vectors is searched by its words alone.
          checkCompatible(
              directory, files, taxonomy, embeddings == null ? null : embeddingId(embeddings));
          return new StartupIndex(directory.toString(), files, taxonomy, embeddings, false);
        });
  }

  private interface Opening {
    StartupIndex open() throws IOException;
  }

  /**
   * Opens an index on a directory, closing the directory if that fails and saying in one line what
   * is wrong with an index that cannot be opened.
   */
  private static StartupIndex opening(Path path, Directory directory, Opening opening)
      throws IOException {
    try {
      return opening.open();
    } catch (IOException | RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw explained(path, io);
      }
      throw e;
    }
  }

  /** An {@link IndexException} for the Lucene exceptions that say what is wrong with an index. */
  private static IOException explained(Path path, IOException e) {
    if (e instanceof IndexException known) {
      return known;
    }
    if (e instanceof LockObtainFailedException) {
      return new IndexException(
          path,
          IndexException.Problem.LOCKED,
          path + " is open for writing in another process (its write.lock is held)",
          e);
    }
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return new IndexException(
          path,
          IndexException.Problem.INCOMPATIBLE,
          path + " was written by an incompatible version of Lucene; rebuild the index",
          e);
    }
    if (e instanceof CorruptIndexException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException
        || e instanceof EOFException) {
      return new IndexException(
          path, IndexException.Problem.DAMAGED, path + " is damaged: " + oneLine(e), e);
    }
    return e;
  }

  private static String oneLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static IndexException notAnIndex(Path directory) {
    return new IndexException(
        directory,
        IndexException.Problem.NOT_AN_INDEX,
        directory
            + " holds files but no index commit (segments_N): it is not an index, or one whose"
            + " commit was lost; nothing in it was changed");
  }

  /**
   * Whether the directory holds files other than the ones a writer leaves when it dies before its
   * first commit completes: a lock and a pending commit.
   */
  private static boolean holdsFiles(Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)
          && !file.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
        return true;
      }
    }
    return false;
  }

  /** The taxonomy startups are tagged with. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The model whose vectors the index stores, if any. */
  public Optional<EmbeddingModel> embeddingModel() {
    return Optional.ofNullable(embeddings);
  }

  /**
   * Adds the startup, replacing any startup with the same id. Its areas are the ones it declares
   * plus the ones its profile mentions, found in the profile's language (the first supported one it
   * declares, or the detected one) and in English.
   *
   * @throws IOException if the index's directory fails the write, as a full disk does
   * @throws IllegalStateException if the index is open read-only
   */
  public void upsert(Startup startup) throws IOException {
    checkArgument(startup != null, "startup must not be null");
    index(List.of(startup));
  }

  /**
   * Upserts every startup, in order; a later duplicate id replaces an earlier one. With an
   * embedding model, startups are embedded in batches of the model's size.
   *
   * @throws IOException if the index's directory fails the write, as a full disk does; the startups
   *     before the failing one may have been added
   * @throws IllegalStateException if the index is open read-only
   */
  public void upsertAll(Iterable<Startup> startups) throws IOException {
    checkArgument(startups != null, "startups must not be null");
    int batchSize = embeddings == null ? 256 : embeddings.batchSize();
    List<Startup> batch = new ArrayList<>(batchSize);
    for (Startup startup : startups) {
      checkArgument(startup != null, "startups must not contain null");
      batch.add(startup);
      if (batch.size() == batchSize) {
        index(batch);
        batch.clear();
      }
    }
    index(batch);
  }

  private void index(List<Startup> startups) throws IOException {
    checkWritable();
    if (startups.isEmpty()) {
      return;
    }
    List<float[]> vectors = embeddings == null ? null : embed(startups);
    for (int i = 0; i < startups.size(); i++) {
      Startup startup = startups.get(i);
      String text = StartupFields.contents(startup);
      // A profile written in several languages is analysed in the first one this library supports.
      String stated =
          startup.languages().stream()
              .filter(LanguageDetector.SUPPORTED::contains)
              .findFirst()
              .or(() -> startup.languages().stream().findFirst())
              .orElse(null);
      String language = LanguageDetector.resolve(stated, text).analysedAs();
      Set<String> concepts = new LinkedHashSet<>(startup.technologyAreas());
      tagger.tag(text, language).forEach(mention -> concepts.add(mention.areaId()));
      Set<String> ancestors = new LinkedHashSet<>();
      concepts.forEach(id -> ancestors.addAll(taxonomy.ancestors(id)));
      writer.updateDocument(
          new Term(StartupFields.ID, startup.id()),
          StartupFields.toDocument(
              startup,
              StartupSource.encode(startup),
              language,
              concepts,
              ancestors,
              vectors == null ? null : vectors.get(i)));
    }
  }

  /** Unit vectors of the startups' texts, so that a dot product is their cosine. */
  private List<float[]> embed(List<Startup> startups) {
    List<String> texts = startups.stream().map(StartupFields::embeddingText).toList();
    List<float[]> vectors = embeddings.embed(texts);
    checkState(
        vectors.size() == texts.size(),
        "embedding model %s returned %s vectors for %s texts",
        embeddings.id(),
        vectors.size(),
        texts.size());
    return vectors.stream().map(v -> Vectors.unit(v, embeddings)).toList();
  }

  /**
   * Removes the startup with this id, if present.
   *
   * @throws IOException if the index's directory fails the write
   * @throws IllegalStateException if the index is open read-only
   */
  public void delete(String startupId) throws IOException {
    checkArgument(startupId != null, "startupId must not be null");
    checkWritable();
    writer.deleteDocuments(new Term(StartupFields.ID, startupId));
  }

  /**
   * Makes all changes so far durable, so that after a crash the index reopens with them, and
   * visible to searches that start afterwards, as {@link #refresh} does.
   *
   * @throws IllegalStateException if the index is open read-only
   */
  public void commit() throws IOException {
    checkWritable();
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Discards the changes since the last commit and closes the index: the directory holds exactly
   * the last commit, as after a crash. For a writer that failed halfway, such as on a full disk,
   * where {@link #close} would try to commit again.
   *
   * @throws IllegalStateException if the index is open read-only
   */
  public void rollback() throws IOException {
    checkWritable();
    stopRefreshing();
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  /** Stops the background refresh and waits for one under way, which closing would break. */
  private void stopRefreshing() {
    refresher.shutdown();
    try {
      if (!refresher.awaitTermination(10, TimeUnit.SECONDS)) {
        refresher.shutdownNow();
      }
    } catch (InterruptedException e) {
      refresher.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the index was opened read-only, by {@link #openReadOnly}. */
  public boolean readOnly() {
    return writer == null;
  }

  private void checkWritable() {
    checkState(writer != null, "%s is open read-only", name);
  }

  /**
   * Makes all changes so far visible to searches that start afterwards; on a read-only index, the
   * writer's last commit.
   *
   * @throws IOException if the changes cannot be written out to the directory, or the new commit
   *     read from it
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Returns the startup with this id as searches see it, if there is one.
   *
   * @throws UncheckedIOException if its stored record cannot be read
   */
  public Optional<Startup> get(String startupId) {
    checkArgument(startupId != null, "startupId must not be null");
    IndexSearcher searcher = acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(StartupFields.ID, startupId)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(StartupSource.load(searcher.storedFields(), found.scoreDocs[0].doc, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Checks the index in a directory with Lucene's {@code CheckIndex}, read-only: it creates, locks
   * and changes nothing, so an index open elsewhere, for writing too, may be checked.
   *
   * @throws IOException if the directory cannot be read
   */
  public static IndexCheck check(Path directory) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    if (!Files.isDirectory(directory)) {
      String problem = directory + (Files.exists(directory) ? " is a file" : " does not exist");
      return new IndexCheck(false, 0, Map.of(), problem, problem);
    }
    try (Directory dir = FSDirectory.open(directory, NoLockFactory.INSTANCE)) {
      if (!DirectoryReader.indexExists(dir)) {
        String problem =
            directory
                + (holdsFiles(dir)
                    ? " holds files but no index commit (segments_N)"
                    : " holds no index");
        return new IndexCheck(false, 0, Map.of(), problem, problem);
      }
      for (int attempt = 1; ; attempt++) {
        long generation = SegmentInfos.getLastCommitGeneration(dir);
        IndexCheck check = checkOnce(directory, dir);
        if (check.clean()
            || attempt == 3
            || SegmentInfos.getLastCommitGeneration(dir) == generation) {
          return check;
        }
        // A writer committed while the index was checked, and may have deleted files of the
        // commit being checked: that is no damage, so the new commit is checked.
      }
    }
  }

  private static IndexCheck checkOnce(Path directory, Directory dir) throws IOException {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    CheckIndex.Status status;
    try (CheckIndex checker = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "x"))) {
      checker.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
      status = checker.checkIndex();
    }
    int startups = 0;
    if (status.clean) {
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        startups = reader.numDocs();
      }
    }
    return new IndexCheck(
        status.clean,
        startups,
        status.userData == null ? Map.of() : status.userData,
        status.clean ? "" : problem(directory, status),
        report.toString(StandardCharsets.UTF_8));
  }

  /** What CheckIndex found wrong, on one line. */
  private static String problem(Path directory, CheckIndex.Status status) {
    if (status.missingSegments) {
      return directory + " is damaged: its commit " + status.segmentsFileName + " cannot be read";
    }
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null) {
        Throwable error = segment.error;
        while (error.getCause() != null && !(error instanceof CorruptIndexException)) {
          error = error.getCause();
        }
        String why =
            error instanceof CorruptIndexException corrupt
                ? corrupt.getOriginalMessage()
                : oneLine(error);
        return String.format(
            Locale.ROOT,
            "%s is damaged: segment %s (%d of %d segments bad): %s",
            directory,
            segment.name,
            status.numBadSegments,
            status.numSegments,
            why);
      }
    }
    return directory + " is not intact";
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

  /** The analyzers the startups were indexed with, which searches must use too. */
  LanguageAnalysis analysis() {
    return analysis;
  }

  /** The tagger the startups were tagged with. */
  AreaTagger tagger() {
    return tagger;
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

  /**
   * Commits pending changes, as {@link IndexWriter#close} does, unless the index is read-only, and
   * releases the index.
   */
  @Override
  public void close() throws IOException {
    stopRefreshing();
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
