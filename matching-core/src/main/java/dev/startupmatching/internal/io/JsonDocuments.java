package dev.startupmatching.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Errors for readers of whole JSON documents, such as a taxonomy or a scoring model file, that read
 * with a streaming parser and name the source, the line and the field of what is wrong.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /** Reads a document from a parser positioned before its first token. */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the document.
     *
     * @throws IOException if the input cannot be read or is not well-formed JSON
     */
    T read(JsonParser parser) throws IOException;
  }

  /**
   * Parses a whole document with {@code reader}, turning malformed JSON and undecodable bytes into
   * an {@link InputException} naming the source and line, and closing the parser. Does not close
   * the stream.
   *
   * @throws InputException for a document that is not well-formed JSON, or whatever {@code reader}
   *     throws
   * @throws IOException if the stream cannot be read
   */
  public static <T> T read(JsonFactory factory, InputStream in, String source, Reader<T> reader)
      throws IOException {
    // Closed after the catch blocks, which read where the parser stopped.
    JsonParser parser = null;
    try {
      parser = factory.createParser(in);
      return reader.read(parser);
    } catch (JsonProcessingException e) {
      throw malformed(source, e, parser);
    } catch (CharConversionException e) {
      throw undecodable(source, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Throws an {@link InputException} at the parser's current token unless the condition holds.
   *
   * @param field the field at fault, or null for the document itself; a blank one, which a document
   *     may name (such as {@code {"": 1}}), is shown in quotes
   */
  public static void expect(
      boolean condition, String source, JsonParser parser, String field, String message) {
    if (!condition) {
      throw new InputException(
          field == null
              ? InputError.ofLine(source, line(parser), message)
              : InputError.ofField(
                  source, line(parser), field.isBlank() ? '"' + field + '"' : field, message));
    }
  }

  /** The line of the parser's current token, from 1. */
  public static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  /**
   * The input error of a document whose bytes are not text in the encoding that JSON's detection
   * found (UTF-8, UTF-16 or UTF-32), such as a UTF-32 code unit above U+10FFFF. The decoder knows
   * the byte offset, which the message gives, but not the line, so the error is on line 1.
   */
  public static InputException undecodable(String source, CharConversionException e) {
    return new InputException(InputError.ofLine(source, 1, "not valid text: " + e.getMessage()));
  }

  /**
   * The input error of a document that is not well-formed JSON or exceeds a limit of the parser, at
   * the line Jackson reports or else where the parser stopped, or line 1 when neither is known.
   *
   * @param parser the parser that failed, or null if it was not created
   */
  public static InputException malformed(
      String source, JsonProcessingException e, JsonParser parser) {
    JsonLocation location = location(e, parser);
    return new InputException(
        InputError.ofLine(
            source,
            location == null ? 1 : Math.max(1, location.getLineNr()),
            "malformed JSON: " + e.getOriginalMessage()));
  }

  /**
   * Where parsing failed: the exception's location or, for an exceeded limit, which reports none,
   * the parser's current location; null when neither is known.
   */
  public static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    if (e.getLocation() != null) {
      return e.getLocation();
    }
    return parser == null ? null : parser.currentLocation();
  }
}
