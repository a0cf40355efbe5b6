package dev.startupmatching.cli;

import dev.startupmatching.cli.format.ResumableOutput;
import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.io.InputException;
import dev.startupmatching.lucene.IndexCheck;
import dev.startupmatching.lucene.IndexException;
import dev.startupmatching.lucene.StartupIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns whatever stopped a command into one line on standard error, saying what happened, on which
 * path, and what to do, and an exit code. The stack trace follows only with {@code --debug}.
 */
final class Failures {
  private Failures() {}

  /** The line to print and the exit code of a failure. */
  record Report(String line, int exitCode) {}

  /**
   * Prints the failure's report, and its stack trace with {@code --debug}; returns the exit code.
   */
  static int report(Throwable failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Report report;
    try {
      report =
          explain(
              failure, parseResult == null ? null : StartupMatchCli.commandThatRuns(parseResult));
    } catch (RuntimeException explaining) {
      failure.addSuppressed(explaining);
      report =
          new Report(
              "internal error: " + failure + "; run the command again with --debug for details",
              ExitCodes.INTERNAL);
    }
    // A message may quote what an input or an index holds: nothing in it may act on the terminal.
    err.println(SafeText.visible(report.line()));
    if (debug(parseResult)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return report.exitCode();
  }

  /** What a failure means to the person who ran {@code command}. */
  static Report explain(Throwable failure, ParseResult command) {
    Throwable outOfMemory = cause(failure, OutOfMemoryError.class);
    if (outOfMemory != null) {
      boolean indexing = command != null && command.commandSpec().name().equals("index");
      return new Report(
          String.format(
              Locale.ROOT,
              "error: out of memory (Java may use %d MB): give it more with"
                  + " STARTUP_MATCH_OPTS=-Xmx<size>, such as -Xmx8g%s",
              Runtime.getRuntime().maxMemory() >> 20,
              indexing
                  ? "; the index holds what was committed"
                  : ", or index large inputs with the index command and match with --index"),
          ExitCodes.ENVIRONMENT);
    }
    if (failure instanceof CommandFailure known) {
      return new Report("error: " + known.getMessage(), known.exitCode());
    }
    Throwable diskFull = diskFull(failure);
    if (diskFull != null) {
      String where =
          diskFull instanceof FileSystemException fs && fs.getFile() != null
              ? " while writing " + fs.getFile()
              : outputs(command).map(paths -> " while writing " + paths).orElse("");
      return new Report(
          "error: the disk is full"
              + where
              + ": free space and run the command again; what was written before is kept",
          ExitCodes.ENVIRONMENT);
    }
    IndexException index = cause(failure, IndexException.class);
    if (index != null) {
      return indexProblem(index);
    }
    if (failure instanceof InputException
        || failure instanceof BadInputException
        || failure instanceof ResumableOutput.ResumeException) {
      return new Report("error: " + failure.getMessage(), ExitCodes.BAD_INPUT);
    }
    Throwable io = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    Path indexDirectory = command == null ? null : command.matchedOptionValue("--index", null);
    boolean elsewhere =
        io instanceof FileSystemException fs
            && fs.getFile() != null
            && !inside(fs.getFile(), indexDirectory);
    // Any other failure of a command that read an index may be the index's damage showing, as
    // anything from a missing file to a bad array index: CheckIndex tells.
    if (!elsewhere) {
      Optional<Report> damaged = damagedIndex(indexDirectory);
      if (damaged.isPresent()) {
        return damaged.get();
      }
    }
    if (io instanceof NoSuchFileException missing) {
      return new Report("error: no such file: " + missing.getFile(), ExitCodes.BAD_INPUT);
    }
    if (io instanceof AccessDeniedException denied) {
      return new Report("error: permission denied: " + denied.getFile(), ExitCodes.BAD_INPUT);
    }
    if (io instanceof FileSystemException fs) {
      return new Report(
          "error: " + fs.getFile() + ": " + Optional.ofNullable(fs.getReason()).orElse("I/O error"),
          ExitCodes.ENVIRONMENT);
    }
    if (io instanceof IOException) {
      return new Report("error: input or output failed: " + io.getMessage(), ExitCodes.ENVIRONMENT);
    }
    return new Report(
        "internal error: "
            + failure
            + (debug(command) ? "" : "; run the command again with --debug for details"),
        ExitCodes.INTERNAL);
  }

  private static Report indexProblem(IndexException e) {
    Path directory = e.directory();
    return switch (e.problem()) {
      case MISSING ->
          new Report("error: " + e.getMessage() + "; " + buildHint(directory), ExitCodes.BAD_INPUT);
      case NOT_AN_INDEX, INCOMPATIBLE ->
          new Report("error: " + e.getMessage(), ExitCodes.BAD_INPUT);
      case DAMAGED ->
          new Report("error: " + e.getMessage() + "; " + checkHint(directory), ExitCodes.BAD_INPUT);
      case LOCKED ->
          new Report(
              "error: " + e.getMessage() + ": wait for it to finish, or stop it, and run again",
              ExitCodes.ENVIRONMENT);
    };
  }

  /** How to build an index in a directory that holds none. */
  static String buildHint(Path directory) {
    return "build one with: startup-match index --startups FILE --index " + directory;
  }

  private static String checkHint(Path directory) {
    return "run startup-match check --index "
        + directory
        + " --verbose for the details, then rebuild the index or restore a copy";
  }

  /** Whether a file lies in a directory; false without a directory. */
  private static boolean inside(String file, Path directory) {
    if (directory == null) {
      return false;
    }
    return Path.of(file)
        .toAbsolutePath()
        .normalize()
        .startsWith(directory.toAbsolutePath().normalize());
  }

  /** A report of the index in {@code directory}, if CheckIndex finds it damaged. */
  private static Optional<Report> damagedIndex(Path directory) {
    if (directory == null) {
      return Optional.empty();
    }
    IndexCheck check;
    try {
      check = StartupIndex.check(directory);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (check.clean()) {
      return Optional.empty();
    }
    return Optional.of(
        new Report("error: " + check.problem() + "; " + checkHint(directory), ExitCodes.BAD_INPUT));
  }

  /** The failure or a cause of it that says the disk is full, or null. */
  private static Throwable diskFull(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException && isDiskFull(t.getMessage())) {
        return t;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed instanceof IOException && isDiskFull(suppressed.getMessage())) {
          return suppressed;
        }
      }
    }
    return null;
  }

  /** Whether an I/O error's message is the operating system's for a full disk or quota. */
  private static boolean isDiskFull(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("no space left on device")
        || lower.contains("not enough space on the disk")
        || lower.contains("disk quota exceeded");
  }

  /** Whether the failure or one of its causes says the disk is full. */
  static boolean isDiskFull(Throwable failure) {
    return diskFull(failure) != null;
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The paths the command writes, if it was given any, for a message. */
  private static Optional<String> outputs(ParseResult command) {
    if (command == null) {
      return Optional.empty();
    }
    List<String> paths = new ArrayList<>();
    for (OptionSpec option : command.matchedOptions()) {
      if (PathRoles.writes(command, option.longestName())) {
        Object path = option.getValue();
        paths.add(String.valueOf(path));
      }
    }
    return paths.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", paths));
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
