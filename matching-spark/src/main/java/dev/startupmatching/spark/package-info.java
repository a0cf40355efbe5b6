/**
 * The nightly batch on Apache Spark: {@code startup-match batch} for collections one machine cannot
 * hold, with the same rankings.
 *
 * <p>{@link dev.startupmatching.spark.SparkBatchJob} is the job's entry point for {@code
 * spark-submit}; {@link dev.startupmatching.spark.SparkBatch} runs it on a session a program
 * already has. The startups are partitioned by id, each partition is indexed on its executor's
 * local disk, and every partition scores with the whole collection's statistics (see {@code
 * dev.startupmatching.lucene.shard}), so that the output equals {@code batch}'s for the same input.
 */
package dev.startupmatching.spark;
