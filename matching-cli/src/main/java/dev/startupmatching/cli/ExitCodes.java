package dev.startupmatching.cli;

/** The exit codes of {@code startup-match}, as listed in the README. */
final class ExitCodes {
  static final int OK = 0;

  /**
   * Bad input: a file cannot be read or is not what the command needs, a record or need is invalid
   * (without {@code --strict} the good records were still used), or an index is missing, damaged or
   * incompatible.
   */
  static final int BAD_INPUT = 1;

  static final int USAGE = 2;

  /** Used by the {@code bin/startup-match} launcher: no Java 21+ runtime, or nothing built. */
  static final int CANNOT_RUN = 3;

  static final int INTERNAL = 4;

  /**
   * The machine kept the command from finishing: a full disk, too little memory, an index another
   * process is writing, or another input or output error. What was committed or written whole is
   * kept; the same command can run again once the cause is gone.
   */
  static final int ENVIRONMENT = 5;

  private ExitCodes() {}
}
