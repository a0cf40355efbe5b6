package dev.startupmatching.cli;

import dev.startupmatching.sample.SampleData;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code startup-match sample --export DIR}: writes the built-in example as files. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the built-in example as units.jsonl, needs.jsonl, startups.jsonl and qrels.txt,",
      "to show the formats and to start from a copy."
    })
final class SampleCommand implements Callable<Integer> {
  /** The files of the example, as the readers of user data expect them. */
  static final List<String> FILES =
      List.of("units.jsonl", "needs.jsonl", "startups.jsonl", "qrels.txt");

  @Spec CommandSpec spec;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      required = true,
      description = "The directory to write to; created if missing.")
  Path directory;

  @Option(names = "--force", description = "Replace the files of an earlier export in DIR.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (!force) {
      List<String> existing =
          FILES.stream().filter(file -> Files.exists(directory.resolve(file))).toList();
      if (!existing.isEmpty()) {
        throw new BadInputException(
            directory
                + " already holds "
                + String.join(", ", existing)
                + "; give --force to replace them, or another directory");
      }
    }
    Files.createDirectories(directory);
    PrintWriter err = spec.commandLine().getErr();
    for (String file : FILES) {
      try (InputStream in = SampleData.open(file);
          OutputFile out = OutputFile.create(directory.resolve(file))) {
        out.writer().write(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        out.commit();
      }
      err.println("wrote " + directory.resolve(file));
    }
    return ExitCodes.OK;
  }
}
