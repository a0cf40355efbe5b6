package dev.startupmatching.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.lucene.index.GlobalStatistics;
import dev.startupmatching.lucene.shard.FeedbackWords;
import dev.startupmatching.lucene.shard.ShardHit;
import dev.startupmatching.lucene.shard.ShardMatcher;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Runs the batch on a Spark session: every need against every startup, the top K per need written
 * as {@code batch} writes them.
 *
 * <p>The phases, each one Spark job named in the progress lines:
 *
 * <ol>
 *   <li>the needs are read on the driver and shipped to every task; the startups are read, decoded
 *       and split by id into partitions, bad records of both written to the rejects;
 *   <li>each partition indexes its startups on local disk and reports its statistics, which add up
 *       to the collection's;
 *   <li>each partition, scoring with the collection's statistics, returns its best hits of every
 *       need's first search, and the best of all partitions are kept;
 *   <li>an index of each need's best alone gives its feedback words, and each partition returns its
 *       best hits of the feedback search;
 *   <li>an index of each need's candidates alone ranks them as one index of all startups would, and
 *       the lines are written in need order, each need's by rank.
 * </ol>
 *
 * Spark's output commit writes each partition's lines once, however often its task ran.
 */
public final class SparkBatch {
  private SparkBatch() {}

  /**
   * Runs the job.
   *
   * @param progress where the progress lines go, such as standard error
   * @throws JobException if an output exists or an input is missing or empty
   */
  public static JobSummary run(SparkSession spark, JobSettings settings, PrintStream progress)
      throws IOException {
    checkArgument(spark != null && settings != null && progress != null, "arguments must be set");
    long started = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    checkOutputsAbsent(sc, settings);
    ProgressListener listener = new ProgressListener(progress);
    spark.sparkContext().addSparkListener(listener);
    String runId = UUID.randomUUID().toString();
    try {
      return new Run(spark, sc, settings, runId).run(started);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      // In local mode the executors are this JVM; on a cluster they end with the application.
      ShardIndexes.closeAll(runId);
    }
  }

  private static void checkOutputsAbsent(JavaSparkContext sc, JobSettings settings)
      throws IOException {
    for (String output : List.of(settings.output(), settings.rejects())) {
      if (output.equals(settings.startups()) || output.equals(settings.needs())) {
        throw new JobException(output + " is an input; choose another output");
      }
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
      if (fs.exists(path)) {
        throw new JobException(
            output + " exists; the job writes a new directory: remove it or choose another");
      }
    }
  }

  /** One run's state: the session, the settings and the shared values. */
  private static final class Run {
    final SparkSession spark;
    final JavaSparkContext sc;
    final JobSettings settings;
    final String runId;

    Run(SparkSession spark, JavaSparkContext sc, JobSettings settings, String runId) {
      this.spark = spark;
      this.sc = sc;
      this.settings = settings;
      this.runId = runId;
    }

    JobSummary run(long started) throws IOException {
      sc.setJobDescription("reading the needs");
      InputRecords.Needs needs =
          InputRecords.needs(
              settings.needs(),
              InputRecords.lines(spark, settings.needs(), settings.inputFormat()).collect());
      if (needs.texts().isEmpty() && needs.rejects().isEmpty()) {
        throw new JobException(settings.needs() + " is empty: it holds no records");
      }
      int partitions = settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism();

      sc.setJobDescription("reading the startups");
      String source = settings.startups();
      JavaRDD<InputRecords.Parsed> parsed =
          InputRecords.lines(spark, source, settings.inputFormat())
              .filter(InputRecords::hasRecord)
              .map(line -> InputRecords.startup(source, line))
              .persist(StorageLevel.MEMORY_AND_DISK());
      JavaRDD<String> rejects =
          parsed
              .filter(p -> !p.accepted())
              .map(InputRecords.Parsed::reject)
              .union(sc.parallelize(needs.rejects(), 1));
      sc.setJobDescription("reading the startups and writing the rejects");
      rejects.saveAsTextFile(settings.rejects());
      sc.setJobDescription("counting the records");
      long rejected = rejects.count();
      long accepted = parsed.filter(InputRecords.Parsed::accepted).count();
      if (accepted == 0) {
        throw new JobException(source + " holds no startup that could be read");
      }
      // A later record of an id replaces an earlier one, as batch reads them.
      JavaPairRDD<String, InputRecords.Line> records =
          parsed
              .filter(InputRecords.Parsed::accepted)
              .mapToPair(p -> new Tuple2<>(p.id(), p.line()))
              .reduceByKey(
                  new HashPartitioner(partitions), (a, b) -> a.number() > b.number() ? a : b)
              .persist(StorageLevel.MEMORY_AND_DISK());

      JobSettings job = settings;
      String run = runId;
      sc.setJobDescription("indexing the partitions");
      // Statistics travel as their own bytes, never as Java-serialized objects.
      byte[] statisticsBytes =
          records
              .mapPartitionsWithIndex(
                  (partition, shardRecords) -> {
                    byte[] own =
                        ShardIndexes.shard(run, partition, shardRecords, job)
                            .statistics()
                            .toBytes();
                    FaultInjection.failOnce(job.failOnce(), "index");
                    return List.of(own).iterator();
                  },
                  true)
              .reduce(
                  (a, b) ->
                      GlobalStatistics.fromBytes(a).plus(GlobalStatistics.fromBytes(b)).toBytes());
      GlobalStatistics statistics = GlobalStatistics.fromBytes(statisticsBytes);
      long startups = statistics.documents();
      parsed.unpersist(false);
      Broadcast<byte[]> collection = sc.broadcast(statisticsBytes);
      Broadcast<List<String>> needTexts = sc.broadcast(needs.texts());

      MatchOptions options = settings.matchOptions();
      int firstDepth;
      int feedbackDepth;
      try (ShardMatcher depths = (ShardMatcher) settings.matching().startups(List.of()).build()) {
        firstDepth = depths.firstSearchDepth(options);
        feedbackDepth = depths.feedbackSearchDepth(options);
      }

      sc.setJobDescription("searching the partitions");
      Map<Integer, List<ShardHit>> best =
          searchShards(
              records,
              collection,
              needTexts,
              firstDepth,
              "first-search",
              (shard, index, need) -> shard.firstSearch(need, job.matchOptions()));

      Map<Integer, List<ShardHit>> byFeedback = Map.of();
      if (feedbackDepth > 0) {
        sc.setJobDescription("finding the feedback words");
        Map<Integer, FeedbackWords> words =
            candidates(records, best, Map.of())
                .mapToPair(
                    need ->
                        new Tuple2<>(
                            need._1(),
                            NeedMatches.feedbackWords(
                                needTexts.value().get(need._1()),
                                need._2(),
                                job,
                                ShardIndexes.collection(run, collection))))
                .collectAsMap();
        Broadcast<Map<Integer, FeedbackWords>> feedback = sc.broadcast(new HashMap<>(words));
        sc.setJobDescription("searching the partitions for the feedback words");
        byFeedback =
            searchShards(
                records,
                collection,
                needTexts,
                feedbackDepth,
                "feedback-search",
                (shard, index, need) ->
                    shard.feedbackSearch(
                        need,
                        job.matchOptions(),
                        feedback.value().getOrDefault(index, FeedbackWords.NONE)));
      }

      sc.setJobDescription("ranking each need's candidates");
      List<Tuple2<Integer, Integer>> needIndexes = new ArrayList<>();
      for (int i = 0; i < needs.texts().size(); i++) {
        needIndexes.add(new Tuple2<>(i, i));
      }
      JavaPairRDD<Integer, Iterable<String>> candidates = candidates(records, best, byFeedback);
      JavaRDD<OutputRow> rows =
          sc.parallelizePairs(needIndexes, Math.max(1, Math.min(needIndexes.size(), partitions)))
              .leftOuterJoin(candidates)
              .mapPartitions(
                  needsOfTask -> {
                    List<OutputRow> out = new ArrayList<>();
                    while (needsOfTask.hasNext()) {
                      Tuple2<Integer, Tuple2<Integer, Optional<Iterable<String>>>> need =
                          needsOfTask.next();
                      out.addAll(
                          NeedMatches.rows(
                              need._1(),
                              needTexts.value().get(need._1()),
                              need._2()._2().orElse(List.of()),
                              job,
                              ShardIndexes.collection(run, collection)));
                    }
                    FaultInjection.failOnce(job.failOnce(), "match");
                    return out.iterator();
                  })
              // Sorting samples the rows first; kept, they are ranked once, not twice.
              .persist(StorageLevel.MEMORY_AND_DISK())
              .mapToPair(row -> new Tuple2<>(row.order(), row))
              .sortByKey(true, Math.max(1, Math.min(needIndexes.size(), partitions)))
              .values()
              .persist(StorageLevel.MEMORY_AND_DISK());
      sc.setJobDescription("sorting the matches");
      long matches = rows.filter(row -> row.startup() != null).count();
      sc.setJobDescription("writing the matches");
      write(rows);
      records.unpersist(false);
      return new JobSummary(
          needs.texts().size(),
          startups,
          rejected,
          accepted - startups,
          partitions,
          statistics.termCount(),
          matches,
          Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Every partition's best hits of a search for each need, merged into the collection's best
     * {@code depth}, by need.
     */
    private Map<Integer, List<ShardHit>> searchShards(
        JavaPairRDD<String, InputRecords.Line> records,
        Broadcast<byte[]> collection,
        Broadcast<List<String>> needTexts,
        int depth,
        String phase,
        ShardSearch search) {
      JobSettings job = settings;
      String run = runId;
      return records
          .mapPartitionsWithIndex(
              (partition, shardRecords) -> {
                ShardMatcher shard =
                    ShardIndexes.scored(
                        run,
                        partition,
                        shardRecords,
                        job,
                        ShardIndexes.collection(run, collection));
                List<Tuple2<Integer, List<ShardHit>>> hits = new ArrayList<>();
                List<String> texts = needTexts.value();
                for (int i = 0; i < texts.size(); i++) {
                  hits.add(
                      new Tuple2<>(i, search.search(shard, i, InputRecords.need(texts.get(i)))));
                }
                FaultInjection.failOnce(job.failOnce(), phase);
                return hits.iterator();
              },
              true)
          .mapToPair(hits -> hits)
          .reduceByKey((a, b) -> ShardHit.merge(List.of(a, b), depth))
          .collectAsMap();
    }

    /** The records of each need's hits of both lists, by need. */
    private JavaPairRDD<Integer, Iterable<String>> candidates(
        JavaPairRDD<String, InputRecords.Line> records,
        Map<Integer, List<ShardHit>> best,
        Map<Integer, List<ShardHit>> byFeedback) {
      List<Tuple2<String, Integer>> wanted = new ArrayList<>();
      Set<Integer> needs = new LinkedHashSet<>(best.keySet());
      needs.addAll(byFeedback.keySet());
      for (int need : needs) {
        Set<String> ids = new LinkedHashSet<>();
        best.getOrDefault(need, List.of()).forEach(hit -> ids.add(hit.startupId()));
        byFeedback.getOrDefault(need, List.of()).forEach(hit -> ids.add(hit.startupId()));
        ids.forEach(id -> wanted.add(new Tuple2<>(id, need)));
      }
      return records
          .join(sc.parallelizePairs(wanted, Math.max(1, records.getNumPartitions())))
          .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1().text()))
          .groupByKey();
    }

    private void write(JavaRDD<OutputRow> rows) {
      switch (settings.outputFormat()) {
        case JSONL -> rows.map(OutputRow::json).saveAsTextFile(settings.output());
        case PARQUET -> {
          StructType schema =
              new StructType()
                  .add("need", DataTypes.StringType, false)
                  .add("rank", DataTypes.IntegerType, false)
                  .add("startup", DataTypes.StringType, true)
                  .add("score", DataTypes.DoubleType, false)
                  .add("fit", DataTypes.DoubleType, false)
                  .add("match", DataTypes.StringType, false);
          JavaRDD<Row> table =
              rows.map(
                  r ->
                      RowFactory.create(
                          r.need(), r.rank(), r.startup(), r.score(), r.fit(), r.json()));
          spark.createDataFrame(table, schema).write().parquet(settings.output());
        }
      }
    }
  }

  /** One search of a shard for a need, shipped to every task. */
  @FunctionalInterface
  private interface ShardSearch extends Serializable {
    List<ShardHit> search(ShardMatcher shard, int needIndex, Need need);
  }
}
