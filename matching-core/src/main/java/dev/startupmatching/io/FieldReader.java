package dev.startupmatching.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Typed access to the fields of one JSON object, feeding each value to a model builder setter.
 *
 * <p>A JSON null counts as an absent field. Every method throws {@link LineException} naming the
 * field when the value has the wrong JSON type, or when the setter rejects it with an {@link
 * IllegalArgumentException}; the setter's message is kept, since the model's messages already name
 * the attribute and the rule.
 */
final class FieldReader {
  private final ObjectNode object;

  FieldReader(ObjectNode object) {
    this.object = object;
  }

  /** Passes the string value of a field that must be present. */
  void requiredString(String field, Consumer<String> setter) {
    JsonNode value = value(field);
    if (value == null) {
      throw new LineException(field, "missing required field");
    }
    String text = string(field, value);
    set(field, () -> setter.accept(text));
  }

  /** Passes the string value of a field, if present. */
  void string(String field, Consumer<String> setter) {
    JsonNode value = value(field);
    if (value != null) {
      String text = string(field, value);
      set(field, () -> setter.accept(text));
    }
  }

  /** Passes the value of an integer field that fits an {@code int}, if present. */
  void integer(String field, IntConsumer setter) {
    JsonNode value = value(field);
    if (value != null) {
      int integer = (int) integral(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      set(field, () -> setter.accept(integer));
    }
  }

  /** Passes the value of an integer field that fits a {@code long}, if present. */
  void longInteger(String field, LongConsumer setter) {
    JsonNode value = value(field);
    if (value != null) {
      long integer = integral(field, value, Long.MIN_VALUE, Long.MAX_VALUE);
      set(field, () -> setter.accept(integer));
    }
  }

  /** Passes the elements of an array of strings, if present. */
  void strings(String field, Consumer<List<String>> setter) {
    list(field, Function.identity(), setter);
  }

  /**
   * Passes the elements of an array of strings, each converted by {@code parser}, if present. A
   * conversion error names the element, such as {@code "preferredStages[2]"}.
   */
  <E> void list(String field, Function<String, E> parser, Consumer<List<E>> setter) {
    JsonNode value = value(field);
    if (value == null) {
      return;
    }
    if (!value.isArray()) {
      throw new LineException(
          field, "expected an array of strings but was " + Json.describe(value));
    }
    List<E> elements = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      String element = field + "[" + i + "]";
      String text = string(element, value.get(i));
      set(element, () -> elements.add(parser.apply(text)));
    }
    set(field, () -> setter.accept(elements));
  }

  private JsonNode value(String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private static String string(String field, JsonNode value) {
    if (!value.isTextual()) {
      throw new LineException(field, "expected a string but was " + Json.describe(value));
    }
    String text = value.textValue();
    int unpaired = unpairedSurrogate(text);
    if (unpaired >= 0) {
      // A JSON escape can name half of a surrogate pair, which is no character on its own:
      // UTF-8 cannot encode it, so the record could not be written back unchanged.
      throw new LineException(
          field,
          String.format(
              "unpaired surrogate \\u%04X at character %d is not valid Unicode",
              (int) text.charAt(unpaired), unpaired + 1));
    }
    return text;
  }

  /** Returns the index of the first surrogate char that is not half of a pair, or -1. */
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static long integral(String field, JsonNode value, long min, long max) {
    if (!value.isIntegralNumber()) {
      throw new LineException(field, "expected an integer but was " + Json.describe(value));
    }
    if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
      throw new LineException(
          field, "expected an integer from " + min + " to " + max + " but was " + value.asText());
    }
    return value.longValue();
  }

  /** Runs a setter, reporting its {@link IllegalArgumentException} against the field. */
  private static void set(String field, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      throw new LineException(field, e.getMessage());
    }
  }
}
