package dev.startupmatching.cli;

import dev.startupmatching.lucene.Matching;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code startup-match} command line.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success, {@value ExitCodes#BAD_INPUT} bad input (a file that
 * cannot be read, a record or need that is invalid, an index that is missing or damaged), {@value
 * ExitCodes#USAGE} usage error, {@value ExitCodes#INTERNAL} internal error, {@value
 * ExitCodes#ENVIRONMENT} a full disk, too little memory, a busy index or another I/O error.
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
      CalibrateCommand.class,
      NeedsForCommand.class,
      CohortCommand.class,
      EvaluateCommand.class,
      TagCommand.class,
      DuplicatesCommand.class,
      SampleCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  bad input: a file cannot be read or is not what the command needs, a record or need"
          + " is invalid, or an index is missing, damaged or incompatible",
      "  2  usage error: unknown command or option, or a missing or invalid option value",
      "  3  cannot run: no Java 21+ runtime found, or the command line is not built",
      "  4  internal error",
      "  5  the machine kept the command from finishing: a full disk, too little memory, an index"
          + " another process is writing, an input or output error; what was committed is kept"
    })
public final class StartupMatchCli implements Runnable {
  /**
   * Lucene reports through java.util.logging that it found the Vector API; that is noise on a
   * command line. Held in a field because the logging framework keeps loggers weakly.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** The web server announces its features and sockets at INFO; serve prints its own line. */
  private static final Logger HELIDON_LOG = Logger.getLogger("io.helidon");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error after its one-line message.")
  boolean debug;

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    HELIDON_LOG.setLevel(Level.WARNING);
    // Commands report a startup whose place is unknown with its line as they read the file; the
    // library's log of the same startup, as it indexes them, would say it twice.
    System.setProperty("org.slf4j.simpleLogger.log." + Matching.class.getName(), "error");
    // The tokenizer library reports, at every start, that it found its native code and no GPU.
    System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new StartupMatchCli());
    // Enum values such as --facets stage read as written in the help, in any case.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionStrategy(StartupMatchCli::execute);
    commandLine.setExecutionExceptionHandler(Failures::report);
    return commandLine;
  }

  /**
   * Runs the command after checking its usage and then its paths, before it reads or writes
   * anything. An error of the virtual machine, such as running out of memory, goes to the same
   * handler as exceptions.
   */
  private static int execute(CommandLine.ParseResult parseResult) {
    CommandLine command = parseResult.commandSpec().commandLine();
    try {
      CommandLine.ParseResult last = commandThatRuns(parseResult);
      if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
        return new CommandLine.RunLast().execute(parseResult);
      }
      if (last.commandSpec().userObject() instanceof UsageChecked checked) {
        checked.checkUsage();
      }
      PathRoles.check(last);
      return new CommandLine.RunLast().execute(parseResult);
    } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(command, e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new CommandLine.ExecutionException(
          command, "out of memory", new CommandFailure(ExitCodes.ENVIRONMENT, "out of memory", e));
    }
  }

  /** The parse result of the command that runs: the last subcommand, or the root without one. */
  static CommandLine.ParseResult commandThatRuns(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last;
  }

  @Override
  public void run() {
    // No command given: show what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
