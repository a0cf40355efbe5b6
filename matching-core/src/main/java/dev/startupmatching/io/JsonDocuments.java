package dev.startupmatching.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Errors for readers of whole JSON documents, such as a taxonomy or a scoring model file, that read
 * with a streaming parser and name the source, the line and the field of what is wrong.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /**
   * Throws an {@link InputException} at the parser's current token unless the condition holds.
   *
   * @param field the field at fault, or null for the document itself
   */
  public static void expect(
      boolean condition, String source, JsonParser parser, String field, String message) {
    if (!condition) {
      throw new InputException(
          field == null
              ? InputError.ofLine(source, line(parser), message)
              : InputError.ofField(source, line(parser), field, message));
    }
  }

  /** The line of the parser's current token, from 1. */
  public static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  /** The input error of a document that is not well-formed JSON, at the line Jackson reports. */
  public static InputException malformed(String source, JsonProcessingException e) {
    return new InputException(
        InputError.ofLine(
            source,
            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
            "malformed JSON: " + e.getOriginalMessage()));
  }
}
