package dev.startupmatching.spark;

import dev.startupmatching.match.MatchOptions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's entry point for {@code spark-submit}: reads its options, runs {@link SparkBatch} on the
 * session {@code spark-submit} configured, and prints a one-line summary. Exit codes as the command
 * line's: 0 done, 1 done but bad records were rejected or the input cannot be read, 2 bad options,
 * 3 the job cannot run (such as an existing output).
 */
@Command(
    name = "startup-match-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Matches every need against every startup on a Spark cluster and writes the top K per need,"
          + " the same matches as startup-match batch for the same input.",
      "The startups are split into partitions, each indexed on its executor's local disk and"
          + " scored with the statistics of all startups."
    })
public final class SparkBatchJob implements Callable<Integer> {
  @Option(
      names = "--startups",
      required = true,
      paramLabel = "PATH",
      description = "The startups: JSON Lines or Parquet files, or a table name.")
  String startups;

  @Option(
      names = "--needs",
      required = true,
      paramLabel = "PATH",
      description = "The needs, in the same format as the startups.")
  String needs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl, parquet or table (default: ${DEFAULT-VALUE}).")
  String inputFormat;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "The directory the matches are written to; it must not exist.")
  String output;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl (as batch --format jsonl) or parquet (default: ${DEFAULT-VALUE}).")
  String outputFormat;

  @Option(
      names = "--rejects",
      paramLabel = "DIR",
      description =
          "The directory bad records are written to, one JSON object each; it must not exist"
              + " (default: the output's path followed by -rejects).")
  String rejects;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Matches per need, 1 to " + MatchOptions.MAX_TOP_K + " (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-fit",
      paramLabel = "FIT",
      defaultValue = "" + MatchOptions.DEFAULT_MIN_FIT,
      description = "The lowest fit a match may have, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minFit;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      defaultValue = "default",
      description = "The ranking model: default or bm25 (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--explain", description = "Include each match's whole explanation tree.")
  boolean fullExplanations;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "How many partitions the startups are split into (default: Spark's default"
              + " parallelism).")
  int partitions;

  private final PrintStream err;

  private SparkBatchJob(PrintStream err) {
    this.err = err;
  }

  /** Runs the job and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(System.err, args));
  }

  /** Runs the job with these arguments on the session Spark's configuration makes. */
  public static int run(PrintStream err, String... args) {
    CommandLine commandLine = new CommandLine(new SparkBatchJob(err));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    JobSettings settings;
    try {
      settings =
          new JobSettings(
              startups,
              needs,
              JobSettings.InputFormat.named(inputFormat),
              output,
              JobSettings.OutputFormat.named(outputFormat),
              rejects == null ? output.replaceAll("/+$", "") + "-rejects" : rejects,
              top,
              minFit,
              model,
              fullExplanations,
              partitions,
              Set.of());
    } catch (IllegalArgumentException e) {
      err.println("startup-match-spark: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("startup-match").getOrCreate();
    try {
      JobSummary summary = SparkBatch.run(spark, settings, err);
      err.println("startup-match-spark: " + summary);
      return summary.rejected() > 0 ? 1 : 0;
    } catch (JobException e) {
      err.println("startup-match-spark: " + e.getMessage());
      return 3;
    } catch (Exception e) {
      // Scala throws AnalysisException, checked in Java, without declaring it.
      if (e instanceof AnalysisException missing) {
        // A missing input path or table, said in one line.
        err.println("startup-match-spark: " + missing.getSimpleMessage());
        return 1;
      }
      throw e;
    } finally {
      spark.stop();
    }
  }

  /** The long names of the options, for the check that the documentation shows each. */
  static List<String> optionNames() {
    return new CommandLine(new SparkBatchJob(System.err))
        .getCommandSpec().options().stream()
            .filter(o -> !o.usageHelp() && !o.versionHelp())
            .map(o -> o.longestName())
            .toList();
  }
}
