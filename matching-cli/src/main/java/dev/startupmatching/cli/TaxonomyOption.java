package dev.startupmatching.cli;

import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --taxonomy FILE} option shared by commands that tag or match. */
final class TaxonomyOption {
  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description =
          "A taxonomy file (JSON) whose areas extend or replace those of the built-in taxonomy.")
  Path file;

  /** Returns the built-in taxonomy, extended with the areas of the file if one was given. */
  Taxonomy read() throws IOException {
    return file == null ? Taxonomy.builtIn() : Taxonomy.builtIn().extendedWith(file);
  }
}
