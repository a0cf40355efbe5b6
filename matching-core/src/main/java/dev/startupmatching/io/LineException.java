package dev.startupmatching.io;

/**
 * Signals that one input line is unusable, optionally naming the JSON field at fault. Thrown while
 * a line is decoded and turned into an {@link InputError} by {@link JsonLinesReader}; it never
 * leaves this package.
 */
final class LineException extends RuntimeException {
  private static final long serialVersionUID = 0;

  private final String field;

  /** An error of the whole line, such as malformed JSON. */
  LineException(String message) {
    this(null, message);
  }

  /** An error of one field, such as {@code "tags[3]"}; {@code field} null means the whole line. */
  LineException(String field, String message) {
    // No stack trace: a lenient read of a bad file throws one of these per line, and the trace
    // would never be shown.
    super(message, null, false, false);
    this.field = field;
  }

  /** The field at fault, or null when the whole line is. */
  String field() {
    return field;
  }
}
