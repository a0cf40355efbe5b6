package dev.startupmatching.cli;

/** Input the command cannot use, reported as one line and exit code 1. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
