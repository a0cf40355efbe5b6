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
              + " --startups. The index is only read, and its last commit is searched, also while"
              + " the index command adds to it.")
  Path directory;
}
