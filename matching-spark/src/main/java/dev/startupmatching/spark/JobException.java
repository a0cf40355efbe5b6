package dev.startupmatching.spark;

import java.io.Serial;

/** The job cannot run as asked, for a reason its message says in one line, such as a path. */
public final class JobException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** With the one-line reason. */
  public JobException(String message) {
    super(message);
  }
}
