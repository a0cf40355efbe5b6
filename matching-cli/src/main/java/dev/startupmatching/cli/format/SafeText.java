package dev.startupmatching.cli.format;

import java.util.Locale;

/**
 * Makes text from startup profiles and needs safe to show: the output formats for people (table,
 * CSV, the demo's HTML report) pass every such text through {@link #oneLine}.
 *
 * <p>Profiles come from outside and may hold terminal escape sequences, such as {@code ESC ]0;title
 * BEL} (which sets a terminal's title) or {@code ESC [2J} (which clears the screen), or
 * bidirectional overrides that make a text display in another order than it is stored. Written as
 * they are, they would act on the terminal or the spreadsheet of whoever reads the results.
 *
 * <p>Public only so that the demo's HTML report, in another package, shares the rule.
 */
public final class SafeText {
  private SafeText() {}

  /**
   * Returns the text on one line with nothing that could act on a terminal: tabs and line breaks
   * (LF, CR, vertical tab, form feed, NEL, and the Unicode line and paragraph separators) become
   * spaces; other control characters (Unicode type Cc: C0, DEL and C1, which includes ESC and the
   * single-character CSI) and the bidirectional embeddings, overrides and isolates (U+202A to
   * U+202E, U+2066 to U+2069) are dropped. Returns the text itself when it holds none of them.
   */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      boolean space = isBreakOrTab(codePoint);
      boolean drop =
          !space && (Character.getType(codePoint) == Character.CONTROL || isBidi(codePoint));
      if ((space || drop) && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (space) {
          out.append(' ');
        } else if (!drop) {
          out.appendCodePoint(codePoint);
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Returns the text with every character that {@link #oneLine} would replace or drop written
   * visibly instead, as a Java escape such as {@code \n} or <code>&#92;u001B</code>: for error
   * messages, whose quoted values a person must be able to read exactly.
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      boolean escaped =
          isBreakOrTab(codePoint)
              || Character.getType(codePoint) == Character.CONTROL
              || isBidi(codePoint);
      if (escaped && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!escaped) {
          out.appendCodePoint(codePoint);
        } else if (codePoint == '\n') {
          out.append("\\n");
        } else if (codePoint == '\r') {
          out.append("\\r");
        } else if (codePoint == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBreakOrTab(int codePoint) {
    return switch (codePoint) {
      case '\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029' -> true;
      default -> false;
    };
  }

  /** A bidirectional embedding, override or isolate: U+202A to U+202E and U+2066 to U+2069. */
  private static boolean isBidi(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }
}
