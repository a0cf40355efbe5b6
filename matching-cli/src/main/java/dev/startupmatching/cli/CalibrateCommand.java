package dev.startupmatching.cli;

import dev.startupmatching.rank.FitModel;
import dev.startupmatching.train.FeatureLog;
import dev.startupmatching.train.FitCalibration;
import dev.startupmatching.train.RankedList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match calibrate}: fits the fit model to judged feature logs. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the model that turns a match's evidence into its fit, the estimated probability"
          + " that a scout judges the startup a fit: logistic regression weighs the signals,"
          + " isotonic regression maps their sum to a probability.",
      "Reads feature logs in jsonl (as 'features --format jsonl' writes them), holds each need"
          + " out in turn to report the expected calibration error and reliability of each log on"
          + " needs it was not fitted on, then fits on all and writes the model."
    })
final class CalibrateCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Option(
      names = "--features",
      paramLabel = "FILE",
      required = true,
      description =
          "A judged feature log in jsonl; repeat for several. Lists of one need id are"
              + " held out together, also across logs (the same need in other languages).")
  List<Path> features;

  @Option(
      names = "--signals",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "coverage,mentioned-areas,required-areas,preferred-areas",
      description = "The signals the evidence weighs (default: ${DEFAULT-VALUE}).")
  List<String> signals;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "20",
      description =
          "Candidates of each need to fit and measure, its best K (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-grade",
      paramLabel = "G",
      defaultValue = "1",
      description = "The least grade that counts as a fit (default: ${DEFAULT-VALUE}).")
  int minGrade;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "calibrated",
      description = "The model's name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      description = "The fitted model, as JSON, for 'match --fit-model'.")
  Path output;

  @Override
  public void checkUsage() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1 but was " + top);
    }
    if (minGrade < 1) {
      throw new ParameterException(
          spec.commandLine(), "--min-grade must be at least 1 but was " + minGrade);
    }
    for (String signal : signals) {
      if (signal.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--signals: a signal name is blank");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<Path, List<RankedList>> logs = new LinkedHashMap<>();
    List<RankedList> all = new ArrayList<>();
    for (Path log : features) {
      List<RankedList> lists = new ArrayList<>();
      for (RankedList list : FeatureLog.readJsonl(log)) {
        lists.add(
            new RankedList(
                list.needId(),
                list.grades(),
                list.rows().subList(0, Math.min(top, list.rows().size()))));
      }
      logs.put(log, lists);
      all.addAll(lists);
    }
    FitCalibration calibration = FitCalibration.over(signals, minGrade);
    List<FitCalibration.Prediction> predictions;
    try {
      predictions = calibration.crossValidate(all);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    out.printf(
        Locale.ROOT,
        "held-out calibration (each need fitted without its own judgments), top %d, %s:%n",
        top,
        calibration);
    int from = 0;
    for (Map.Entry<Path, List<RankedList>> log : logs.entrySet()) {
      int rows = log.getValue().stream().mapToInt(l -> l.rows().size()).sum();
      List<FitCalibration.Prediction> part = predictions.subList(from, from + rows);
      from += rows;
      report(out, log.getKey().getFileName().toString(), part);
    }
    report(out, "all", predictions);
    FitModel model = calibration.fit(name, all);
    out.printf(
        Locale.ROOT,
        "fitted on all %d candidates: evidence %.4f + %s, %d curve points%n",
        predictions.size(),
        model.intercept(),
        model.weights(),
        model.curve().size());
    OutputFile.write(output, model.toJson());
    out.println("wrote " + output);
    out.flush();
    return ExitCodes.OK;
  }

  private static void report(
      PrintWriter out, String name, List<FitCalibration.Prediction> predictions) {
    long fitting = predictions.stream().filter(FitCalibration.Prediction::judgedFit).count();
    out.printf(
        Locale.ROOT,
        "%s: %d candidates, %.3f judged a fit, mean fit %.3f, expected calibration error %.4f%n",
        name,
        predictions.size(),
        fitting / (double) Math.max(1, predictions.size()),
        predictions.stream().mapToDouble(FitCalibration.Prediction::fit).average().orElse(0),
        FitCalibration.expectedCalibrationError(predictions));
    out.print(FitCalibration.describe(FitCalibration.reliability(predictions)).indent(2));
  }
}
