package dev.startupmatching.cli;

/**
 * A command whose options are checked in three steps, so that the first error a person sees is the
 * most basic one: usage first ({@link #checkUsage}, exit code 2), then the paths ({@link
 * PathRoles}, exit code 1), and only then does the command read or write anything.
 */
interface UsageChecked {
  /**
   * Checks the options for usage errors: values out of range, options that exclude or need each
   * other. Reads no file.
   *
   * @throws picocli.CommandLine.ParameterException for a usage error
   */
  void checkUsage();
}
