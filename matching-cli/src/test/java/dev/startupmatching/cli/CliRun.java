package dev.startupmatching.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What one in-process run of the command line returned and printed. */
record CliRun(int exitCode, String out, String err) {
  /** Runs the command line in this process, capturing what it prints. */
  static CliRun of(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CliRun(cli.execute(args), out.toString(), err.toString());
  }

  /** Whether the error output holds a stack trace. */
  boolean printedStackTrace() {
    return err.contains("\tat ");
  }
}
