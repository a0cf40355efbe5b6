package dev.startupmatching.cli;

/** The exit codes of {@code startup-match}, as listed in the README. */
final class ExitCodes {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  /** Used by the {@code bin/startup-match} launcher: no Java 21+ runtime, or nothing built. */
  static final int CANNOT_RUN = 3;

  static final int INTERNAL = 4;

  private ExitCodes() {}
}
