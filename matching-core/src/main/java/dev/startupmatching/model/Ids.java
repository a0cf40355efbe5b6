package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The rule every id follows: at most {@value #MAX_LENGTH} characters, none of them white space, a
 * control character or an invisible format character.
 *
 * <p>Ids are written verbatim into line- and word-based outputs such as TREC run files, where a
 * space separates columns and a line break separates results: an id holding either could forge
 * results for startups that do not exist, or make the file unreadable. Format characters such as
 * zero-width spaces and bidirectional overrides would make two ids look alike, or an id look like
 * another, on screen. The rule is checked by the builders of {@link Startup}, {@link Need}, {@link
 * BusinessUnit} and {@link TechnologyArea}, and by writers and readers of such files.
 */
public final class Ids {
  /** The longest id accepted, in characters. */
  public static final int MAX_LENGTH = 256;

  private Ids() {}

  /**
   * Whether an id may not hold the code point: white space ({@link Character#isWhitespace} or
   * {@link Character#isSpaceChar}, which covers no-break and ideographic spaces and the Unicode
   * line and paragraph separators), a control character (Unicode type Cc) or a format character
   * (type Cf, such as a zero-width space or a bidirectional override).
   */
  public static boolean isForbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }

  /**
   * Returns the id if it follows the rule: not empty, at most {@value #MAX_LENGTH} characters, and
   * no {@linkplain #isForbidden forbidden} character. Unlike the builders, it does not strip the
   * id: a surrounding space is an error here.
   *
   * @param attribute names the id in the error message, such as {@code "startupId"}
   * @throws IllegalArgumentException naming the attribute, and the first forbidden character and
   *     where it is, otherwise
   */
  public static String check(String attribute, String id) {
    checkArgument(id != null, "%s must not be null", attribute);
    checkArgument(!id.isEmpty(), "%s must not be empty", attribute);
    checkArgument(
        id.length() <= MAX_LENGTH,
        "%s must be at most %s characters but has %s",
        attribute,
        MAX_LENGTH,
        id.length());
    checkCharacters(attribute, id);
    return id;
  }

  /**
   * Checks that a text holds no {@linkplain #isForbidden character an id must not hold}, without
   * checking its length.
   *
   * @throws IllegalArgumentException naming the attribute, and the first forbidden character and
   *     where it is, otherwise
   */
  public static void checkCharacters(String attribute, String text) {
    Forbidden forbidden = firstForbidden(text);
    checkArgument(forbidden == null, "%s %s", attribute, forbidden);
  }

  /**
   * The first forbidden character of a text and its position, counted in code points from 1.
   *
   * <p>{@link #toString} names the character by its code and never quotes it, so that an error
   * message stays safe to print: {@code "must not contain whitespace or control characters but has
   * U+0020 at character 2"}.
   */
  record Forbidden(int codePoint, int position) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "must not contain whitespace or control characters but has U+%04X at character %d",
          codePoint,
          position);
    }
  }

  /** Returns the first forbidden character of the text, or null if it has none. */
  static Forbidden firstForbidden(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      position++;
      if (isForbidden(codePoint)) {
        return new Forbidden(codePoint, position);
      }
      i += Character.charCount(codePoint);
    }
    return null;
  }
}
