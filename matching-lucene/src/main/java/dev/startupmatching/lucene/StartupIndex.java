package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.startupmatching.embed.EmbeddingModel;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
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
 * <p>The commit metadata records the index layout, the analysis, the taxonomy and the embedding
 * model the startups were indexed with, and the default scoring model's weights. Opening an index
 * whose layout, analysis, taxonomy or embedding model differ from the ones in use fails with a
 * message saying which, rather than returning results computed with mismatched text or areas.
 *
 * <p><b>Thread safety:</b> all methods may be called concurrently; searches run while startups are
 * added. Only one {@code StartupIndex} may have a directory open at a time (Lucene's write lock).
 */
public final class StartupIndex implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(StartupIndex.class);

  /** The commit metadata key of the taxonomy version the startups were tagged with. */
  private static final String TAXONOMY_VERSION = "taxonomyVersion";

  /** The commit metadata key of this index layout's version; bumped when fields change. */
  private static final String SCHEMA_VERSION = "schemaVersion";

  private static final String SCHEMA = "5";

  /** The commit metadata key of the analysis the text was indexed with. */
  private static final String ANALYSIS_VERSION = "analysisVersion";

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
  private final ConceptTagger tagger;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private final EmbeddingModel embeddings;
  private final ScheduledExecutorService refresher;

  private StartupIndex(
      String name, Directory directory, Taxonomy taxonomy, EmbeddingModel embeddings)
      throws IOException {
    this.name = name;
    this.directory = directory;
    this.taxonomy = taxonomy;
    this.embeddings = embeddings;
    this.analysis = new LanguageAnalysis(taxonomy, Lexicon.builtIn());
    this.tagger = ConceptTagger.of(taxonomy, analysis);
    checkCompatible(name, directory, taxonomy, embeddingId(embeddings));
    boolean created = !DirectoryReader.indexExists(directory);
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    writer.setLiveCommitData(
        Map.of(
                TAXONOMY_VERSION,
                taxonomy.version(),
                SCHEMA_VERSION,
                SCHEMA,
                ANALYSIS_VERSION,
                LanguageAnalysis.VERSION,
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
    this.searchers = new SearcherManager(writer, null);
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

  private void refreshInBackground() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The next explicit refresh reports it; a background thread has no one to tell.
      log.warn("refreshing searches of {} failed", name, e);
    }
  }

  /** Refuses an index whose startups were analysed otherwise: its search results would be wrong. */
  private static void checkCompatible(
      String name, Directory directory, Taxonomy taxonomy, String embeddingModel)
      throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    if (!SCHEMA.equals(data.get(SCHEMA_VERSION))) {
      throw new IllegalStateException(
          name
              + " has index layout "
              + data.get(SCHEMA_VERSION)
              + " but this version reads layout "
              + SCHEMA
              + "; rebuild the index");
    }
    if (!LanguageAnalysis.VERSION.equals(data.get(ANALYSIS_VERSION))) {
      throw new IllegalStateException(
          name
              + " was analysed with "
              + data.get(ANALYSIS_VERSION)
              + " but this version analyses with "
              + LanguageAnalysis.VERSION
              + "; rebuild the index");
    }
    if (!taxonomy.version().equals(data.get(TAXONOMY_VERSION))) {
      throw new IllegalStateException(
          name
              + " was built with taxonomy "
              + data.get(TAXONOMY_VERSION)
              + " but taxonomy "
              + taxonomy.version()
              + " is in use; rebuild the index or use that taxonomy");
    }
    if (!embeddingModel.equals(data.get(EMBEDDING_MODEL))) {
      throw new IllegalStateException(
          name
              + " holds vectors of embedding model "
              + data.get(EMBEDDING_MODEL)
              + " but "
              + embeddingModel
              + " is in use; open it with that model or rebuild the index");
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
      return new StartupIndex("in-memory index", new ByteBuffersDirectory(), taxonomy, null);
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
      return new StartupIndex("in-memory index", new ByteBuffersDirectory(), taxonomy, embeddings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index in a directory with the built-in taxonomy, creating an empty index if the
   * directory holds none.
   *
   * @throws IOException if the directory cannot be read or written, or is locked by another index
   * @throws IllegalStateException if the index was built with another taxonomy or layout
   */
  public static StartupIndex open(Path directory) throws IOException {
    return open(directory, Taxonomy.builtIn());
  }

  /**
   * Opens the index in a directory, creating an empty index if the directory holds none.
   *
   * @param taxonomy the taxonomy to tag startups with; an existing index must have been built with
   *     the same version
   * @throws IOException if the directory cannot be read or written, or is locked by another index
   * @throws IllegalStateException if the index was built with another taxonomy or layout
   */
  public static StartupIndex open(Path directory, Taxonomy taxonomy) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    return open(directory, taxonomy, null);
  }

  /**
   * Opens the index in a directory, creating an empty index if the directory holds none, storing
   * each startup's vector from the embedding model. Vectors persist: a reopened index embeds only
   * what is upserted afterwards.
   *
   * @param embeddings the model, or null for no vectors; an existing index must have been built
   *     with the same model (or none)
   * @throws IOException if the directory cannot be read or written, or is locked by another index
   * @throws IllegalStateException if the index was built with another taxonomy, layout or model
   */
  public static StartupIndex open(Path directory, Taxonomy taxonomy, EmbeddingModel embeddings)
      throws IOException {
    checkArgument(directory != null, "directory must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    StartupIndex index =
        new StartupIndex(directory.toString(), FSDirectory.open(directory), taxonomy, embeddings);
    log.debug("opened {} with {} startups", directory, index.size());
    return index;
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
   */
  public void upsert(Startup startup) {
    checkArgument(startup != null, "startup must not be null");
    index(List.of(startup));
  }

  /**
   * Upserts every startup, in order; a later duplicate id replaces an earlier one. With an
   * embedding model, startups are embedded in batches of the model's size.
   */
  public void upsertAll(Iterable<Startup> startups) {
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

  private void index(List<Startup> startups) {
    if (startups.isEmpty()) {
      return;
    }
    List<float[]> vectors = embeddings == null ? null : embed(startups);
    for (int i = 0; i < startups.size(); i++) {
      Startup startup = startups.get(i);
      String text = StartupFields.contents(startup);
      String stated =
          startup.languages().stream()
              .filter(LanguageDetector.SUPPORTED::contains)
              .findFirst()
              .orElse(null);
      String language = LanguageDetector.resolve(stated, text);
      Set<String> concepts = new LinkedHashSet<>(startup.technologyAreas());
      tagger.tag(text, language).forEach(mention -> concepts.add(mention.areaId()));
      Set<String> ancestors = new LinkedHashSet<>();
      concepts.forEach(id -> ancestors.addAll(taxonomy.ancestors(id)));
      try {
        writer.updateDocument(
            new Term(StartupFields.ID, startup.id()),
            StartupFields.toDocument(
                startup,
                StartupSource.encode(startup),
                language,
                concepts,
                ancestors,
                vectors == null ? null : vectors.get(i)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
   * Checks the index in a directory with Lucene's {@code CheckIndex}, read-only, without opening it
   * for writing; an index open elsewhere may be checked.
   *
   * @throws IOException if the directory cannot be read
   */
  public static IndexCheck check(Path directory) throws IOException {
    checkArgument(directory != null, "directory must not be null");
    try (Directory dir = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(dir)) {
        return new IndexCheck(false, 0, Map.of(), directory + " holds no index");
      }
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
          SegmentInfos.readLatestCommit(dir).getUserData(),
          report.toString(StandardCharsets.UTF_8));
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

  /** The analyzers the startups were indexed with, which searches must use too. */
  LanguageAnalysis analysis() {
    return analysis;
  }

  /** The tagger the startups were tagged with. */
  ConceptTagger tagger() {
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

  /** Commits pending changes, as {@link IndexWriter#close} does, and releases the index. */
  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
