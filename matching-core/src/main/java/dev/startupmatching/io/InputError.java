package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem with one line of an input file: where it is and what is wrong. Readers report one as an
 * error for a line they reject, and as a warning for a line they accept but the user should hear
 * of, such as a record that replaces an earlier one with the same id ({@link JsonLinesReader}).
 *
 * <p>{@link #toString} renders the error on one line in the style of compiler messages, such as
 * {@code startups.jsonl:12: field 'readinessLevel': readinessLevel must be between 1 and 9 but was
 * 12}. Instances are immutable and thread-safe.
 */
public final class InputError implements Serializable {
  private static final long serialVersionUID = 0;

  private final String source;
  private final long line;
  private final String field;
  private final String message;

  private InputError(String source, long line, String field, String message) {
    checkNotNull(source, "source");
    checkArgument(line >= 1, "line must be at least 1 but was %s", line);
    checkArgument(field == null || !field.isBlank(), "field must not be blank");
    checkNotNull(message, "message");
    this.source = source;
    this.line = line;
    this.field = field;
    this.message = message;
  }

  /**
   * Returns an error of a whole line, such as malformed JSON.
   *
   * @param source the file name or a description of the input
   * @param line the 1-based line number
   * @param message what is wrong
   */
  public static InputError ofLine(String source, long line, String message) {
    return new InputError(source, line, null, message);
  }

  /**
   * Returns an error of one field of a line.
   *
   * @param source the file name or a description of the input
   * @param line the 1-based line number
   * @param field the JSON field at fault, such as {@code "tags[3]"} for an array element
   * @param message what is wrong
   */
  public static InputError ofField(String source, long line, String field, String message) {
    checkNotNull(field, "field");
    return new InputError(source, line, field, message);
  }

  /** The file name or description of the input. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }

  /**
   * The JSON field at fault, such as {@code "readinessLevel"} or {@code "technologyAreas[2]"};
   * empty when the whole line is at fault.
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** What is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputError that
        && line == that.line
        && source.equals(that.source)
        && Objects.equals(field, that.field)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, field, message);
  }

  /**
   * Returns {@code source:line: message}, with {@code field 'name': } before the message, on one
   * line: line breaks and other control characters that the input put into the source, a field name
   * or a message, such as a value with a line break or a terminal escape sequence, are written as
   * Java escapes like {@code \n} or <code>&#92;u001B</code>, and so are bidirectional overrides, so
   * that printing an error on a terminal shows what the input held and cannot move the cursor,
   * change the window title or reorder the line.
   */
  @Override
  public String toString() {
    String where = source + ":" + line + ": ";
    return oneLine(field == null ? where + message : where + "field '" + field + "': " + message);
  }

  private static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> null;
            default ->
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c)
                    ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                    : null;
          };
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether a character is a bidirectional embedding, override or isolate, which would make the
   * rest of the line display in another order than it is read.
   */
  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
