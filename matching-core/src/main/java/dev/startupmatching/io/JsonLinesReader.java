package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads records from JSON Lines: UTF-8 text with one JSON object per line.
 *
 * <p>Field names are the model's accessor names. A line is rejected, with an {@link InputError}
 * naming the line and, where one is at fault, the field, when it:
 *
 * <ul>
 *   <li>is longer than {@link #MAX_LINE_BYTES} or is not valid UTF-8;
 *   <li>is blank (a final line end is not a blank line);
 *   <li>is malformed JSON, has a duplicate key, is not a JSON object or has content after it;
 *   <li>lacks a required field, has a field of the wrong JSON type or a value the model rejects;
 *   <li>has a string with an escaped unpaired surrogate, such as <code>"&#92;ud800"</code>, which
 *       is not valid Unicode and could not be written back as UTF-8;
 *   <li>repeats the id of an earlier record.
 * </ul>
 *
 * <p>Unknown fields are ignored and a JSON null counts as an absent field. Integer fields must be
 * JSON integers, string fields JSON strings and set fields arrays of strings. Line ends may be
 * {@code \n} or {@code \r\n}. A UTF-8 byte order mark at the very start of the input, which Excel
 * and other Windows tools write, is skipped; anywhere else it is text, which JSON does not allow
 * outside a string.
 *
 * <p>{@link #readAll} is strict and throws at the first bad line; {@link #read} is lenient and
 * reports bad lines while it goes on. Readers are stateless and thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonLinesReader<T> {
  /** The longest line accepted, in bytes, not counting the line end: 4 MiB. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  private static final JsonLinesReader<Startup> STARTUPS =
      new JsonLinesReader<>(new StartupFormat());
  private static final JsonLinesReader<Need> NEEDS = new JsonLinesReader<>(new NeedFormat());
  private static final JsonLinesReader<BusinessUnit> UNITS =
      new JsonLinesReader<>(new UnitFormat());

  private final RecordFormat<T> format;

  private JsonLinesReader(RecordFormat<T> format) {
    this.format = format;
  }

  /**
   * Returns a reader of {@link Startup startups}; {@code id}, {@code name} and {@code description}
   * are required.
   */
  public static JsonLinesReader<Startup> startups() {
    return STARTUPS;
  }

  /** Returns a reader of {@link Need needs}; {@code id} and {@code description} are required. */
  public static JsonLinesReader<Need> needs() {
    return NEEDS;
  }

  /**
   * Returns a reader of {@link BusinessUnit business units}; {@code id} and {@code name} are
   * required.
   */
  public static JsonLinesReader<BusinessUnit> units() {
    return UNITS;
  }

  /**
   * Reads every record of a file, failing at the first bad line. Errors name the file as given.
   *
   * @return the records in file order
   * @throws InputException at the first bad line
   * @throws IOException if the file cannot be read
   */
  public ImmutableList<T> readAll(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in, file.toString());
    }
  }

  /**
   * Reads every record of a stream, failing at the first bad line. Does not close the stream.
   *
   * @param sourceName names the input in errors, such as a resource name or {@code "stdin"}
   * @return the records in input order
   * @throws InputException at the first bad line
   * @throws IOException if the stream cannot be read
   */
  public ImmutableList<T> readAll(InputStream in, String sourceName) throws IOException {
    ImmutableList.Builder<T> records = ImmutableList.builder();
    read(
        in,
        sourceName,
        records::add,
        error -> {
          throw new InputException(error);
        });
    return records.build();
  }

  /**
   * Reads a file leniently, skipping bad lines. Errors name the file as given.
   *
   * @param onRecord receives each good record, in file order
   * @param onError receives an error for each bad line, in file order
   * @return how many lines were accepted and rejected
   * @throws IOException if the file cannot be read
   */
  public ReadSummary read(
      Path file, Consumer<? super T> onRecord, Consumer<? super InputError> onError)
      throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), onRecord, onError);
    }
  }

  /**
   * Reads a stream leniently, skipping bad lines. Records are passed on as they are read, so the
   * input need not fit in memory; only the ids seen so far are kept. Does not close the stream.
   *
   * @param sourceName names the input in errors, such as a resource name or {@code "stdin"}
   * @param onRecord receives each good record, in input order
   * @param onError receives an error for each bad line, in input order
   * @return how many lines were accepted and rejected
   * @throws IOException if the stream cannot be read
   */
  public ReadSummary read(
      InputStream in,
      String sourceName,
      Consumer<? super T> onRecord,
      Consumer<? super InputError> onError)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(onRecord, "onRecord");
    checkNotNull(onError, "onError");
    Utf8Lines lines = new Utf8Lines(in, MAX_LINE_BYTES);
    Map<String, Long> firstLineById = new HashMap<>();
    long accepted = 0;
    long rejected = 0;
    while (lines.next()) {
      T record;
      try {
        record = decode(lines, firstLineById);
      } catch (LineException e) {
        rejected++;
        onError.accept(
            e.field() == null
                ? InputError.ofLine(sourceName, lines.number(), e.getMessage())
                : InputError.ofField(sourceName, lines.number(), e.field(), e.getMessage()));
        continue;
      }
      accepted++;
      onRecord.accept(record);
    }
    return new ReadSummary(accepted, rejected);
  }

  private T decode(Utf8Lines lines, Map<String, Long> firstLineById) {
    String text = lines.text();
    if (text.isBlank()) {
      throw new LineException("blank line");
    }
    T record = format.decode(Json.parseObject(text));
    String id = format.id(record);
    Long firstLine = firstLineById.putIfAbsent(id, lines.number());
    if (firstLine != null) {
      throw new LineException("id", "duplicate id '" + id + "', first used on line " + firstLine);
    }
    return record;
  }
}
