package dev.startupmatching.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --threads N} option of commands that match many needs at once. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Needs matched at once (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * Returns the number of threads.
   *
   * @throws ParameterException if it is below 1, which picocli reports as a usage error
   */
  int validated(CommandSpec spec) {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1 but was " + threads);
    }
    return threads;
  }
}
