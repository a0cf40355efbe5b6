package dev.startupmatching.cli;

import dev.startupmatching.cli.format.ResumableOutput;
import dev.startupmatching.io.InputException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code startup-match} command line.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success, {@value ExitCodes#BAD_INPUT} bad input (a file that
 * cannot be read, or a record or need that is invalid), {@value ExitCodes#USAGE} usage error,
 * {@value ExitCodes#INTERNAL} internal error.
 */
@Command(
    name = "startup-match",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ranks startups by how well they fit the needs of a carmaker's business units.",
    subcommands = {
      DemoCommand.class,
      MatchCommand.class,
      BatchCommand.class,
      IndexCommand.class,
      CheckCommand.class,
      FeaturesCommand.class,
      TrainCommand.class,
      NeedsForCommand.class,
      EvaluateCommand.class,
      TagCommand.class,
      DuplicatesCommand.class,
      SampleCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  bad input: a file cannot be read, or a record or need is invalid",
      "  2  usage error: unknown command or option, or a missing or invalid option value",
      "  3  cannot run: no Java 21+ runtime found, or the command line is not built",
      "  4  internal error"
    })
public final class StartupMatchCli implements Runnable {
  /**
   * Lucene reports through java.util.logging that it found the Vector API; that is noise on a
   * command line. Held in a field because the logging framework keeps loggers weakly.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new StartupMatchCli());
    commandLine.setExecutionExceptionHandler(StartupMatchCli::handleFailure);
    return commandLine;
  }

  @Override
  public void run() {
    // No command given: show what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handleFailure(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof InputException input) {
      err.println("error: " + input.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof NoSuchFileException missing) {
      err.println("error: no such file: " + missing.getFile());
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof AccessDeniedException denied) {
      err.println("error: permission denied: " + denied.getFile());
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof ResumableOutput.ResumeException resume) {
      err.println("error: " + resume.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof java.io.IOException io) {
      err.println("error: " + io);
      return ExitCodes.BAD_INPUT;
    }
    if (failure instanceof BadInputException bad) {
      err.println("error: " + bad.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    err.println("internal error: " + failure);
    failure.printStackTrace(err);
    return ExitCodes.INTERNAL;
  }
}
