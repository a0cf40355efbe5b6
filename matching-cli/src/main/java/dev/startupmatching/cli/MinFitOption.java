package dev.startupmatching.cli;

import dev.startupmatching.match.MatchOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --min-fit F} option of commands that match needs and show the results. */
final class MinFitOption {
  @Option(
      names = "--min-fit",
      paramLabel = "F",
      defaultValue = "" + MatchOptions.DEFAULT_MIN_FIT,
      description =
          "The least fit, 0 to 1, a need's best match must reach; below it the need has no good"
              + " match and none is listed, with the reason (default: ${DEFAULT-VALUE}; 0 lists"
              + " the best startups of every need).")
  double minFit;

  /**
   * Returns the minimum fit.
   *
   * @throws ParameterException if it is outside 0 to 1, which picocli reports as a usage error
   */
  double validated(CommandSpec spec) {
    if (!(minFit >= 0 && minFit <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--min-fit must be between 0 and 1 but was " + minFit);
    }
    return minFit;
  }
}
