package dev.startupmatching.cli;

import dev.startupmatching.eval.Qrels;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.train.RankedList;
import dev.startupmatching.train.TrainingLists;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What {@code features} and {@code train} share: the data, the judgments and the depth. */
final class TrainingOptions {
  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Mixin ModelOption model;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      description = "TREC qrels (default: the built-in example's, when it is the input).")
  Path qrels;

  @Option(
      names = "--depth",
      paramLabel = "D",
      defaultValue = "100",
      description =
          "Candidates per need, as many as the model re-ranks for a top 10 (default:"
              + " ${DEFAULT-VALUE}).")
  int depth;

  /**
   * Checks the options for usage errors.
   *
   * @throws ParameterException for a usage error
   */
  void checkUsage(CommandSpec spec) {
    input.validate(spec, index.directory);
    model.checkUsage(spec);
    boolean builtIn = input.needs == null;
    if (qrels == null && !builtIn) {
      throw new ParameterException(spec.commandLine(), "--qrels is required with your own data");
    }
    if (depth < 1 || depth > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--depth must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + depth);
    }
  }

  /** Matches every need and returns its candidates' features and labels. */
  List<RankedList> collect(CommandSpec spec) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Qrels judgments = qrels != null ? Qrels.read(qrels) : SampleData.qrels();
    List<Need> needs = input.readNeeds(err);
    ProgressBar progress = ProgressBar.onStandardError(err);
    try (Matchers.Opened opened = Matchers.open(input, index, taxonomy, model, spec, err)) {
      List<RankedList> lists =
          TrainingLists.collect(opened.matcher(), needs, judgments, depth, progress);
      progress.clear();
      return lists;
    }
  }
}
