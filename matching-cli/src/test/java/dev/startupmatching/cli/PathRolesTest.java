package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class PathRolesTest {
  /** The path options that are read; every other path option must be one PathRoles writes. */
  private static final Set<String> INPUTS =
      Set.of(
          "--startups",
          "--needs",
          "--fit-model",
          "--units",
          "--qrels",
          "--run",
          "--taxonomy",
          "--model-file",
          "--index",
          "--api-key-file");

  @Test
  void everyPathOptionOfEveryCommandHasAKnownRole() {
    Set<String> unknown = new TreeSet<>();
    for (CommandLine command : StartupMatchCli.newCommandLine().getSubcommands().values()) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        String name = option.longestName();
        if (option.type() == Path.class
            && !INPUTS.contains(name)
            && !PathRoles.OUTPUTS.contains(name)
            && !PathRoles.OUTPUT_DIRECTORIES.contains(name)) {
          unknown.add(command.getCommandName() + " " + name);
        }
      }
    }

    // A new path option is an input unless PathRoles is told it is written: say which it is.
    assertThat(unknown).isEmpty();
  }

  @Test
  void anOptionOfSeveralPathsIsCheckedAsInputs() {
    Set<String> unchecked = new TreeSet<>();
    for (CommandLine command : StartupMatchCli.newCommandLine().getSubcommands().values()) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.type() != Path.class
            && java.util.Arrays.asList(option.auxiliaryTypes()).contains(Path.class)
            && !PathRoles.isPaths(option)) {
          unchecked.add(command.getCommandName() + " " + option.longestName());
        }
      }
    }

    // PathRoles checks options of type Path and collections of them; teach it any other shape.
    assertThat(unchecked).isEmpty();
  }
}
