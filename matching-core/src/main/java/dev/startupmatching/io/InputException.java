package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown by a strict read at the first bad line of an input. The message is the error's {@link
 * InputError#toString() one-line form}.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 0;

  private final InputError error;

  /** Returns an exception carrying {@code error}. */
  public InputException(InputError error) {
    super(checkNotNull(error, "error").toString());
    this.error = error;
  }

  /** The error that stopped the read. */
  public InputError error() {
    return error;
  }
}
