package dev.startupmatching.spark;

import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.lucene.shard.ShardMatcher;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.SparkFiles;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The shard indexes of an executor: one per partition of the startups, on the executor's local
 * disk, kept open for the job's later phases.
 *
 * <p>A task that finds its partition's index missing (the first phase, or a later one that Spark
 * scheduled on another executor) builds it from the partition's records; the records of a partition
 * are the same on every attempt, so every build is the same index. A build a failed attempt left
 * half done is removed first.
 */
final class ShardIndexes {
  /** The open shards, by run and partition. */
  private static final Map<String, Shard> OPEN = new ConcurrentHashMap<>();

  /** The collection's statistics of each run, read once per executor. */
  private static final Map<String, GlobalStatistics> COLLECTIONS = new ConcurrentHashMap<>();

  /** One lock per shard, so that shards build in parallel but each only once. */
  private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

  private ShardIndexes() {}

  private static final class Shard {
    final StartupIndex index;
    final ShardMatcher matcher;
    volatile ShardMatcher scored;

    Shard(StartupIndex index, ShardMatcher matcher) {
      this.index = index;
      this.matcher = matcher;
    }
  }

  /** The partition's shard, scoring with its own statistics, built if missing. */
  static ShardMatcher shard(
      String runId,
      int partition,
      Iterator<Tuple2<String, InputRecords.Line>> records,
      JobSettings settings) {
    return open(runId, partition, records, settings).matcher;
  }

  /** The partition's shard, scoring with the collection's statistics, built if missing. */
  static ShardMatcher scored(
      String runId,
      int partition,
      Iterator<Tuple2<String, InputRecords.Line>> records,
      JobSettings settings,
      GlobalStatistics collection) {
    Shard shard = open(runId, partition, records, settings);
    synchronized (shard) {
      if (shard.scored == null) {
        shard.scored = shard.matcher.scoredWith(collection);
      }
      return shard.scored;
    }
  }

  /** The run's collection statistics, read from the broadcast bytes once per executor. */
  static GlobalStatistics collection(String runId, Broadcast<byte[]> statistics) {
    return COLLECTIONS.computeIfAbsent(
        runId, run -> GlobalStatistics.fromBytes(statistics.value()));
  }

  /** Closes and removes this executor's shards of the run. */
  static void closeAll(String runId) {
    COLLECTIONS.remove(runId);
    for (String key : OPEN.keySet()) {
      if (key.startsWith(runId + "/")) {
        Shard shard = OPEN.remove(key);
        LOCKS.remove(key);
        try {
          shard.matcher.close();
          shard.index.close();
          delete(directory(runId, key.substring(runId.length() + 1)));
        } catch (IOException e) {
          throw new UncheckedIOException("closing shard " + key + " failed", e);
        }
      }
    }
  }

  private static Shard open(
      String runId,
      int partition,
      Iterator<Tuple2<String, InputRecords.Line>> records,
      JobSettings settings) {
    String key = runId + "/" + partition;
    Shard open = OPEN.get(key);
    if (open != null) {
      return open;
    }
    synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
      open = OPEN.get(key);
      if (open == null) {
        open = build(runId, partition, records, settings);
        OPEN.put(key, open);
      }
      return open;
    }
  }

  private static Shard build(
      String runId,
      int partition,
      Iterator<Tuple2<String, InputRecords.Line>> records,
      JobSettings settings) {
    Path directory = directory(runId, String.valueOf(partition));
    try {
      delete(directory);
      Files.createDirectories(directory);
      StartupIndex index = StartupIndex.open(directory, Taxonomy.builtIn());
      try {
        Iterable<Startup> startups =
            () ->
                new Iterator<>() {
                  @Override
                  public boolean hasNext() {
                    return records.hasNext();
                  }

                  @Override
                  public Startup next() {
                    return InputRecords.acceptedStartup(records.next()._2().text());
                  }
                };
        index.upsertAll(startups);
        index.commit();
        index.refresh();
        return new Shard(index, (ShardMatcher) settings.matching().index(index).build());
      } catch (IOException | RuntimeException e) {
        index.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "indexing partition " + partition + " in " + directory + " failed", e);
    }
  }

  private static Path directory(String runId, String partition) {
    return Path.of(SparkFiles.getRootDirectory(), "startup-match", runId, "shard-" + partition);
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
