package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes records as JSON Lines: one compact JSON object per line, each line ended by {@code \n}.
 *
 * <p>Fields are written in a fixed order, the order of the model's accessors, and only when they
 * hold a value: absent optional values, empty optional strings and empty sets are left out. Stages
 * are written by {@link dev.startupmatching.model.Stage#id()}. Reading the output with the matching
 * {@link JsonLinesReader} gives records equal to those written.
 *
 * <p>For UTF-8 output, give a writer that encodes UTF-8, or use the {@code write...(Path, ...)}
 * methods. Writers are not thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {
  private final Writer out;
  private final RecordFormat<T> format;

  private JsonLinesWriter(Writer out, RecordFormat<T> format) {
    this.out = checkNotNull(out, "out");
    this.format = format;
  }

  /** Returns a writer of {@link Startup startups} to {@code out}. */
  public static JsonLinesWriter<Startup> startups(Writer out) {
    return new JsonLinesWriter<>(out, new StartupFormat());
  }

  /** Returns a writer of {@link Need needs} to {@code out}. */
  public static JsonLinesWriter<Need> needs(Writer out) {
    return new JsonLinesWriter<>(out, new NeedFormat());
  }

  /** Returns a writer of {@link BusinessUnit business units} to {@code out}. */
  public static JsonLinesWriter<BusinessUnit> units(Writer out) {
    return new JsonLinesWriter<>(out, new UnitFormat());
  }

  /**
   * Writes startups to a UTF-8 file, replacing its content.
   *
   * @throws IOException if the file cannot be written, or a string holds an unpaired surrogate,
   *     which UTF-8 cannot encode
   */
  public static void writeStartups(Path file, Iterable<Startup> startups) throws IOException {
    writeAll(file, startups, new StartupFormat());
  }

  /**
   * Writes needs to a UTF-8 file, replacing its content.
   *
   * @throws IOException if the file cannot be written, or a string holds an unpaired surrogate,
   *     which UTF-8 cannot encode
   */
  public static void writeNeeds(Path file, Iterable<Need> needs) throws IOException {
    writeAll(file, needs, new NeedFormat());
  }

  /**
   * Writes business units to a UTF-8 file, replacing its content.
   *
   * @throws IOException if the file cannot be written, or a string holds an unpaired surrogate,
   *     which UTF-8 cannot encode
   */
  public static void writeUnits(Path file, Iterable<BusinessUnit> units) throws IOException {
    writeAll(file, units, new UnitFormat());
  }

  private static <T> void writeAll(Path file, Iterable<T> records, RecordFormat<T> format)
      throws IOException {
    checkNotNull(file, "file");
    checkNotNull(records, "records");
    // A fresh encoder reports unencodable text; the charset's default writer would silently
    // replace it with '?' and break the round trip.
    Writer utf8 =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(file), StandardCharsets.UTF_8.newEncoder()));
    try (JsonLinesWriter<T> writer = new JsonLinesWriter<>(utf8, format)) {
      for (T record : records) {
        writer.write(record);
      }
    }
  }

  /** Writes one record as one line. */
  public void write(T record) throws IOException {
    checkNotNull(record, "record");
    out.write(Json.write(format.encode(record)));
    out.write('\n');
  }

  /** Flushes the underlying writer. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Closes the underlying writer. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
