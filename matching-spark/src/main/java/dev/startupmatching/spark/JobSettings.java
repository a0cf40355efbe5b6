package dev.startupmatching.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.match.MatchOptions;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * What one run of the job reads, writes and how it ranks; shipped to every task.
 *
 * @param startups the startups: a JSON Lines or Parquet path, or a table name
 * @param needs the needs, in the same format
 * @param inputFormat how the inputs are read
 * @param output the directory the matches are written to; it must not exist
 * @param outputFormat how the matches are written
 * @param rejects the directory the bad records are written to; it must not exist
 * @param top the matches per need
 * @param minFit the lowest fit a match may have
 * @param model the ranking model's name; only lexical models can be sharded
 * @param fullExplanations whether each match carries its whole explanation tree
 * @param partitions how many partitions the startups are split into, 0 for Spark's default
 * @param failOnce the phases whose first task attempt on partition 0 fails on purpose, to test that
 *     a retried task neither loses nor repeats output; empty in production
 */
public record JobSettings(
    String startups,
    String needs,
    InputFormat inputFormat,
    String output,
    OutputFormat outputFormat,
    String rejects,
    int top,
    double minFit,
    String model,
    boolean fullExplanations,
    int partitions,
    Set<String> failOnce)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How the inputs are read. */
  public enum InputFormat {
    /** One JSON object per line, as {@code batch} reads. */
    JSONL,
    /** Parquet files whose columns are the JSON Lines fields. */
    PARQUET,
    /** Tables of the session's catalog whose columns are the JSON Lines fields. */
    TABLE;

    /** The format named, ignoring case. */
    public static InputFormat named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  /** How the matches are written. */
  public enum OutputFormat {
    /** One JSON object per match, as {@code batch --format jsonl} writes. */
    JSONL,
    /** Parquet: need, rank, startup, score, fit, and the match as {@code batch}'s JSON. */
    PARQUET;

    /** The format named, ignoring case. */
    public static OutputFormat named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  /** Checks the settings. */
  public JobSettings {
    checkArgument(startups != null && needs != null, "startups and needs must be given");
    checkArgument(output != null && rejects != null, "output and rejects must be given");
    checkArgument(!output.equals(rejects), "the output and the rejects must differ: %s", output);
    checkArgument(
        top >= 1 && top <= MatchOptions.MAX_TOP_K,
        "top must be between 1 and %s but was %s",
        MatchOptions.MAX_TOP_K,
        top);
    checkArgument(minFit >= 0 && minFit <= 1, "minFit must be between 0 and 1 but was %s", minFit);
    checkArgument(partitions >= 0, "partitions must not be negative but was %s", partitions);
    RankingModel ranking = RankingModel.named(model);
    checkArgument(
        !ranking.needsEmbeddings(),
        "model %s retrieves by meaning, which the job cannot shard; use default or bm25",
        model);
    failOnce = Set.copyOf(failOnce);
  }

  /** The options of each need's match, as {@code batch} sets them. */
  MatchOptions matchOptions() {
    return MatchOptions.builder().topK(top).explain(true).minFit(minFit).build();
  }

  /** The matcher settings every index of the job shares. */
  Matching.Builder matching() {
    return Matching.builder().model(RankingModel.named(model));
  }

  /** How deep each match's explanation tree is written, as {@code batch} writes it. */
  int explanationDepth() {
    // Root, signals and their details, as batch's JSON Lines; the whole tree with --explain.
    return fullExplanations ? Integer.MAX_VALUE : 3;
  }
}
