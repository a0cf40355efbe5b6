package dev.startupmatching.cli;

import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.lucene.IndexCheck;
import dev.startupmatching.lucene.StartupIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code startup-match check}: checks an index's integrity and counts its startups. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the index in DIR with Lucene's CheckIndex, read-only, and prints its startup count"
          + " and what it was built with. Exit code 0 if it is intact, 1 if not."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      required = true,
      description = "The index directory.")
  Path directory;

  @Option(names = "--verbose", description = "Print CheckIndex's full report.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexCheck check = StartupIndex.check(directory);
    if (verbose) {
      err.print(check.report());
    }
    if (!check.clean()) {
      err.println(
          SafeText.visible(
              "error: "
                  + check.problem()
                  + (verbose ? "" : " (--verbose prints CheckIndex's report)")));
      return ExitCodes.BAD_INPUT;
    }
    out.println("ok: " + check.startups() + " startups");
    // The metadata is what the index's writer recorded, which this process did not choose.
    check
        .metadata()
        .forEach((key, value) -> out.println(SafeText.visible("  " + key + ": " + value)));
    out.flush();
    return ExitCodes.OK;
  }
}
