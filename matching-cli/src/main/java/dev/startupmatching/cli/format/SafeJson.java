package dev.startupmatching.cli.format;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * The JSON writer of the command line's outputs: JSON as usual, but with every character that could
 * act on a terminal written as a {@code \\uXXXX} escape, so that JSON Lines printed on a terminal
 * are as safe as a table. JSON escapes C0 control characters anyway; this also escapes DEL, the C1
 * control characters (one of which, U+009B, starts an escape sequence on its own), the Unicode line
 * and paragraph separators and the bidirectional embeddings, overrides and isolates. A JSON reader
 * reads the text back unchanged.
 *
 * <p>Public only so that the commands, in another package, share the rule.
 */
public final class SafeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new Escapes());
  }

  private SafeJson() {}

  /** The shared, thread-safe mapper whose output escapes what could act on a terminal. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean escaped =
          (ch >= 0x80 && ch <= 0x9F)
              || ch == 0x2028
              || ch == 0x2029
              || (ch >= 0x202A && ch <= 0x202E)
              || (ch >= 0x2066 && ch <= 0x2069);
      return escaped ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
    }
  }
}
