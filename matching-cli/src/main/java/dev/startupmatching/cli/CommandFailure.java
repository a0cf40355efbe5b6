package dev.startupmatching.cli;

/**
 * A failure a command explains itself: the one line to print and the exit code, with the cause kept
 * for {@code --debug}.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
