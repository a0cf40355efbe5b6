package dev.startupmatching.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The mapping between one model type and its JSON object form. Field names equal the model's
 * accessor names. Implementations are stateless and thread-safe.
 *
 * @param <T> the model type
 */
interface RecordFormat<T> {
  /**
   * Builds a record from a JSON object, ignoring unknown fields.
   *
   * @throws LineException naming the field at fault if a field is missing, has the wrong type or an
   *     invalid value
   */
  T decode(ObjectNode object);

  /** Returns the JSON object for a record, with its fields in a fixed order. */
  ObjectNode encode(T record);

  /** Returns the record's id, which must be unique within a file. */
  String id(T record);

  /**
   * Returns what a good record should be reported for, such as a place that names nothing the
   * library knows; empty for most records.
   */
  default Optional<Warning> warning(T record) {
    return Optional.empty();
  }

  /** A field of a good record the user should hear of, and what about it. */
  record Warning(String field, String message) {}
}
