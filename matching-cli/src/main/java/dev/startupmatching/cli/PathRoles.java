package dev.startupmatching.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Checks the paths a command was given before it reads or writes anything: each input exists and is
 * what it should be, each output can be written, and no output is, or lies inside, one of the
 * command's inputs, so that a mistyped option cannot destroy an input.
 *
 * <p>Every option of type {@link Path} is an input, except those the command {@link #writes}; every
 * path of an option that takes several is an input, and so is the descriptor file {@code
 * --embedding} names.
 */
final class PathRoles {
  /** The options whose path is written: a file, or with {@code --export} a directory. */
  static final Set<String> OUTPUTS = Set.of("--output", "--run-output", "--rejects", "--html");

  /** Output options that name a directory to write files into. */
  static final Set<String> OUTPUT_DIRECTORIES = Set.of("--export");

  /** Input options that name a directory: an index. */
  static final Set<String> INPUT_DIRECTORIES = Set.of("--index");

  private PathRoles() {}

  private record Named(String option, Path path) {}

  /**
   * Whether the command writes the path of the named option: a file or directory of {@link
   * #OUTPUTS} or {@link #OUTPUT_DIRECTORIES}, or the index of the {@code index} command.
   */
  static boolean writes(ParseResult command, String option) {
    return OUTPUTS.contains(option)
        || OUTPUT_DIRECTORIES.contains(option)
        || (option.equals("--index") && command.commandSpec().name().equals("index"));
  }

  /**
   * Checks the paths of a command.
   *
   * @param command the parse result of the command that runs, not of the root command
   * @throws BadInputException naming the option, the path and what to do, at the first problem
   */
  static void check(ParseResult command) {
    List<Named> inputFiles = new ArrayList<>();
    List<Named> inputDirectories = new ArrayList<>();
    List<Named> outputFiles = new ArrayList<>();
    List<Named> outputDirectories = new ArrayList<>();
    for (OptionSpec option : command.matchedOptions()) {
      if (option.getValue() == null) {
        continue;
      }
      String name = option.longestName();
      if (isPaths(option)) {
        // Several paths of one option, such as the feature logs of calibrate: inputs all.
        for (Object path : (Collection<?>) option.getValue()) {
          inputFiles.add(new Named(name, (Path) path));
        }
        continue;
      }
      if (name.equals("--embedding")) {
        // A model's name or its descriptor file; only the file is a path, and an input.
        ModelOption.descriptorFile((String) option.getValue())
            .filter(Files::exists)
            .ifPresent(file -> inputFiles.add(new Named(name, file)));
        continue;
      }
      if (option.type() != Path.class) {
        continue;
      }
      Named named = new Named(name, option.getValue());
      if (OUTPUTS.contains(name)) {
        outputFiles.add(named);
      } else if (writes(command, name)) {
        outputDirectories.add(named);
      } else if (INPUT_DIRECTORIES.contains(name)) {
        inputDirectories.add(named);
      } else {
        inputFiles.add(named);
      }
    }
    for (Named input : inputFiles) {
      checkInputFile(input);
    }
    for (Named input : inputDirectories) {
      checkInputDirectory(input);
    }
    if (command.commandSpec().name().equals("batch")) {
      // The options the results were written with are recorded beside them.
      List<Named> records = new ArrayList<>();
      for (Named output : outputFiles) {
        records.add(
            new Named(
                output.option() + "'s options record", BatchOptionsRecord.path(output.path())));
      }
      outputFiles.addAll(records);
    }
    for (Named output : outputFiles) {
      checkOutputFile(output);
    }
    for (Named output : outputDirectories) {
      if (Files.exists(output.path()) && !Files.isDirectory(output.path())) {
        throw new BadInputException(
            output.option() + " " + output.path() + " is a file; give a directory");
      }
    }
    List<Named> inputs = new ArrayList<>(inputFiles);
    inputs.addAll(inputDirectories);
    List<Named> directories = new ArrayList<>(inputDirectories);
    // An index being written is no place for another output either.
    outputDirectories.stream().filter(d -> d.option().equals("--index")).forEach(directories::add);
    for (Named output : outputFiles) {
      for (Named input : inputs) {
        if (sameFile(output.path(), input.path())) {
          throw new BadInputException(
              output.option()
                  + " "
                  + output.path()
                  + " is the "
                  + input.option()
                  + " input: an output must not overwrite an input; give another path");
        }
      }
      for (Named directory : directories) {
        if (inside(output.path(), directory.path())) {
          throw new BadInputException(
              output.option()
                  + " "
                  + output.path()
                  + " is inside the index "
                  + directory.path()
                  + "; give a path outside it");
        }
      }
    }
  }

  /** True for an option that takes several paths, each of them an input file. */
  static boolean isPaths(OptionSpec option) {
    return Collection.class.isAssignableFrom(option.type())
        && Arrays.asList(option.auxiliaryTypes()).contains(Path.class);
  }

  private static void checkInputFile(Named input) {
    Path path = input.path();
    if (!Files.exists(path)) {
      throw new BadInputException(input.option() + ": no such file: " + path);
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException(input.option() + " " + path + " is a directory; give a file");
    }
    if (!Files.isReadable(path)) {
      throw new BadInputException(input.option() + ": permission denied: " + path);
    }
  }

  private static void checkInputDirectory(Named input) {
    Path path = input.path();
    if (!Files.exists(path)) {
      throw new BadInputException(
          input.option() + " " + path + " does not exist; " + Failures.buildHint(path));
    }
    if (!Files.isDirectory(path)) {
      throw new BadInputException(
          input.option() + " " + path + " is a file; give the directory of an index");
    }
  }

  private static void checkOutputFile(Named output) {
    Path path = output.path();
    if (Files.isDirectory(path)) {
      throw new BadInputException(
          output.option() + " " + path + " is a directory; give the path of a file");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(
          output.option() + " " + path + " cannot be written: " + parent + " does not exist");
    }
    // Checked now rather than found when the results are ready, perhaps hours later.
    if (parent != null && !Files.isWritable(parent)) {
      throw new BadInputException(
          output.option() + " " + path + " cannot be written: permission denied on " + parent);
    }
    if (Files.exists(path) && !Files.isWritable(path)) {
      throw new BadInputException(
          output.option() + " " + path + " cannot be written: permission denied");
    }
  }

  /** Whether two paths name the same file, through links too; false if either does not exist. */
  private static boolean sameFile(Path a, Path b) {
    if (!Files.exists(a) || !Files.exists(b)) {
      return false;
    }
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a path lies inside a directory, through links too. */
  private static boolean inside(Path path, Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try {
      Path parent = path.toAbsolutePath().getParent();
      return parent != null
          && Files.isDirectory(parent)
          && parent.toRealPath().startsWith(directory.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
