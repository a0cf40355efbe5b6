package dev.startupmatching.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of commands that can match against a persistent index. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Match against the startups of the index in DIR (built by the index command) instead of"
              + " --startups. The index must not be open in another process.")
  Path directory;
}
