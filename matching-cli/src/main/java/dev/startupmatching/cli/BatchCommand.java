package dev.startupmatching.cli;

import dev.startupmatching.batch.BatchMatcher;
import dev.startupmatching.batch.BatchSummary;
import dev.startupmatching.cli.format.OutputFormat;
import dev.startupmatching.cli.format.ResultWriter;
import dev.startupmatching.cli.format.ResumableOutput;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code startup-match batch}: matches every need against every startup, in parallel, into a
 * results file that a stopped run continues.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Matches every need against every startup on all cores and streams the top K per need to a"
          + " file, with a progress bar and a summary on stderr.",
      "Run again after a stop, it continues: needs already in the file are skipped, and the last"
          + " need, which a kill may have cut off, is written again. The options that shape the"
          + " results are recorded in FILE.options; continuing with others is refused."
    })
final class BatchCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Mixin ModelOption model;

  @Mixin MinFitOption minFit;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      description = "The results file, created or continued.")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl, csv or trec (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Matches per need, 1 to " + MatchOptions.MAX_TOP_K + " (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--explain",
      description = "Include each match's explanation tree (jsonl and csv).")
  boolean fullExplanations;

  @Mixin ThreadsOption threadsOption;

  @Option(
      names = "--restart",
      description = "Start the results file afresh instead of continuing it.")
  boolean restart;

  @Option(
      names = "--run-tag",
      paramLabel = "TAG",
      defaultValue = "startup-match",
      description = "The run tag of --format trec (default: ${DEFAULT-VALUE}).")
  String runTag;

  private int threads;

  @Override
  public void checkUsage() {
    input.validate(spec, index.directory);
    model.checkUsage(spec);
    minFit.validated(spec);
    if (format == OutputFormat.table) {
      throw new ParameterException(
          spec.commandLine(), "--format table cannot be continued; use jsonl, csv or trec");
    }
    if (top < 1 || top > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--top must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + top);
    }
    if (fullExplanations && format == OutputFormat.trec) {
      throw new ParameterException(
          spec.commandLine(), "--format trec cannot carry explanations; drop --explain");
    }
    threads = threadsOption.validated(spec);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> options = BatchOptionsRecord.of(spec);
    if (!restart && Files.exists(output) && Files.size(output) > 0) {
      BatchOptionsRecord.checkContinuable(output, options);
    }
    List<Need> needs = input.readNeeds(err);
    MatchOptions matchOptions =
        MatchOptions.builder()
            .topK(top)
            .explain(format.needsExplanations())
            .minFit(minFit.minFit)
            .build();
    ProgressBar progress = ProgressBar.onStandardError(err);
    BatchSummary summary;
    int startups;
    try (Matchers.Opened opened = Matchers.open(input, index, taxonomy, model, spec, err)) {
      // The results file changes only once the needs and the startups are ready: a run that
      // fails before leaves it as it was.
      ResumableOutput.Resumed resumed = prepare(output, options, err);
      StartupMatcher matcher = opened.matcher();
      startups = matcher.size();
      try (Writer out = append(output);
          ResultWriter results = format.open(out, runTag, fullExplanations, resumed.continuing())) {
        summary =
            BatchMatcher.builder(matcher)
                .options(matchOptions)
                .threads(threads)
                .skip(resumed.done())
                .listener(progress)
                .build()
                .run(
                    needs,
                    (need, matches) -> {
                      results.write(need, matches);
                      // Each need's results reach the file whole before the next need's begin, so
                      // a kill cuts off at most the last one, which resuming writes again.
                      out.flush();
                    });
      }
    }
    progress.clear();
    err.printf(
        Locale.ROOT,
        "batch: %d needs matched, %d failed, %d skipped as done, %d matches against %d startups"
            + " in %s (%.1f needs/s); results in %s%n",
        summary.matched(),
        summary.failed(),
        summary.skipped(),
        summary.matches(),
        startups,
        ProgressBar.clock(summary.elapsed()),
        summary.needsPerSecond(),
        output);
    return summary.failed() > 0 ? ExitCodes.BAD_INPUT : input.exitCode();
  }

  /**
   * Starts the results file afresh with {@code --restart}, or truncates its possibly cut-off last
   * need to continue it, and records the options it is written with.
   */
  private ResumableOutput.Resumed prepare(Path file, Map<String, String> options, PrintWriter err)
      throws IOException {
    if (restart) {
      Files.deleteIfExists(file);
      Files.deleteIfExists(BatchOptionsRecord.path(file));
    }
    ResumableOutput.Resumed resumed = ResumableOutput.resume(file, format);
    BatchOptionsRecord.write(file, options);
    if (resumed.continuing()) {
      err.printf(
          Locale.ROOT,
          "continuing %s: %d needs done%s%n",
          file,
          resumed.done().size(),
          resumed.redone() == null
              ? ""
              : ", need " + resumed.redone() + " written again in case it was cut off");
    }
    return resumed;
  }

  private static Writer append(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
            StandardCharsets.UTF_8));
  }
}
