package dev.startupmatching.cli;

import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.train.CoordinateAscent;
import dev.startupmatching.train.CrossValidation;
import dev.startupmatching.train.RankedList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match train}: fits the linear scoring model's weights to judgments. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the weights of the linear scoring model to the qrels by coordinate ascent on"
          + " nDCG@10, starting from the default weights (or --model-file's).",
      "Reports k-fold cross-validation (train and held-out nDCG@10, trained against the"
          + " starting weights), then trains on all needs and writes the model for"
          + " 'match --model-file'."
    })
final class TrainCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions training;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "5",
      description = "Cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seeds the folds and the feature order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      description = "The trained model, as JSON.")
  Path output;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "trained",
      description = "The trained model's name (default: ${DEFAULT-VALUE}).")
  String name;

  @Override
  public void checkUsage() {
    if (folds < 2) {
      throw new ParameterException(
          spec.commandLine(), "--folds must be at least 2 but was " + folds);
    }
    training.checkUsage(spec);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    LinearScoringModel start =
        training.model.modelFile != null
            ? LinearScoringModel.read(training.model.modelFile)
            : LinearScoringModel.defaults();
    List<RankedList> lists =
        training.collect(spec).stream().filter(l -> !l.grades().isEmpty()).toList();
    if (folds > lists.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "--folds must be between 2 and the " + lists.size() + " judged needs but was " + folds);
    }
    CrossValidation.Report report = CrossValidation.run(lists, folds, seed, start);
    out.println(folds + "-fold cross-validation, nDCG@10 of " + lists.size() + " judged needs:");
    out.print(report);
    LinearScoringModel trained = CoordinateAscent.withSeed(seed).train(lists, start, name);
    out.printf(
        Locale.ROOT,
        "trained on all %d needs: nDCG@10 %.4f (starting weights %.4f)%n",
        lists.size(),
        CoordinateAscent.ndcg(lists, trained),
        CoordinateAscent.ndcg(lists, start));
    out.println("weights: " + trained.weights());
    OutputFile.write(output, trained.toJson());
    out.println("wrote " + output);
    out.flush();
    return training.input.exitCode();
  }
}
