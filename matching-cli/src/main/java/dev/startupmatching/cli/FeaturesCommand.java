package dev.startupmatching.cli;

import dev.startupmatching.train.FeatureLog;
import dev.startupmatching.train.RankedList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match features}: exports every feature of every judged candidate. */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    description = {
      "Matches each need and writes every signal's value for each of its candidates, with the"
          + " relevance label from the qrels (0 when unjudged): a feature log to train rankers on.",
      "ranklib and svmlight name the numbered features in comment lines; csv and jsonl name"
          + " them in their columns."
    })
final class FeaturesCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions training;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "ranklib",
      description = "ranklib, svmlight, csv or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      description = "The feature log to write.")
  Path output;

  private FeatureLog.Format logFormat;

  @Override
  public void checkUsage() {
    try {
      logFormat = FeatureLog.Format.named(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    training.checkUsage(spec);
  }

  @Override
  public Integer call() throws IOException {
    List<RankedList> lists = training.collect(spec);
    long rows;
    try (OutputFile file = OutputFile.create(output)) {
      rows = FeatureLog.write(lists, logFormat, file.writer());
      file.commit();
    }
    spec.commandLine()
        .getErr()
        .printf(
            "wrote %d rows of %d features for %d needs to %s%n",
            rows, FeatureLog.featureNames(lists).size(), lists.size(), output);
    return training.input.exitCode();
  }
}
