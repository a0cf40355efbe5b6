package dev.startupmatching.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Builds one JSON object field by field, in call order, leaving out absent and empty values so that
 * written lines carry only what is known.
 */
final class FieldWriter {
  private final ObjectNode object = JsonNodeFactory.instance.objectNode();

  /** Writes a string that is always present, even when empty. */
  FieldWriter required(String field, String value) {
    object.put(field, value);
    return this;
  }

  /** Writes a string unless it is empty. */
  FieldWriter ifNotEmpty(String field, String value) {
    if (!value.isEmpty()) {
      object.put(field, value);
    }
    return this;
  }

  /** Writes an array of strings unless it is empty. */
  FieldWriter ifNotEmpty(String field, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = object.putArray(field);
      values.forEach(array::add);
    }
    return this;
  }

  /** Writes a string if present. */
  FieldWriter ifPresent(String field, Optional<String> value) {
    value.ifPresent(v -> object.put(field, v));
    return this;
  }

  /** Writes an integer if present. */
  FieldWriter ifPresent(String field, OptionalInt value) {
    value.ifPresent(v -> object.put(field, v));
    return this;
  }

  /** Writes an integer if present. */
  FieldWriter ifPresent(String field, OptionalLong value) {
    value.ifPresent(v -> object.put(field, v));
    return this;
  }

  /** Returns the object written so far. */
  ObjectNode object() {
    return object;
  }
}
