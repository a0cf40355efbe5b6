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
import java.util.LinkedHashMap;
import java.util.List;
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
 *       is not valid Unicode and could not be written back as UTF-8.
 * </ul>
 *
 * <p>Unknown fields are ignored and a JSON null counts as an absent field. Integer fields must be
 * JSON integers, string fields JSON strings and set fields arrays of strings. Line ends may be
 * {@code \n} or {@code \r\n}. A UTF-8 byte order mark at the very start of the input, which Excel
 * and other Windows tools write, is skipped; anywhere else it is text, which JSON does not allow
 * outside a string.
 *
 * <p><b>A repeated id:</b> a record whose id an earlier record of the same input has is no error:
 * <em>the later record replaces the earlier one</em>, the rule of the whole library (an index
 * upserts, a matcher built from startups keeps the last with an id). The record is passed on like
 * any other, so that a consumer that upserts by id ends up with the last, and reported as a warning
 * such as {@code startups.jsonl:7: field 'id': id 's-1' repeats line 3; this record replaces it}.
 *
 * <p><b>A startup whose place is unknown:</b> a startup whose country, city or one of its regions
 * names no place the library knows ({@link dev.startupmatching.place.Location#unresolved}), such as
 * "Bavaria" or a misspelt country, is no error either: it is passed on, and region constraints
 * compare that text as written. It is reported as a warning naming its line and the first such
 * field, such as {@code startups.jsonl:4: field 'regions[0]': 'Bavaria' names no known country or
 * region; the startup is kept, and region constraints compare the text as written}. Texts that
 * stand for no place, such as "Remote", are not reported.
 *
 * <p>{@link #readAll} is strict and throws at the first bad line; it returns each id once. {@link
 * #read} is lenient: it reports bad lines while it goes on, and passes on every good record.
 * Readers are stateless and thread-safe.
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
   * Repeated ids are not reported; read with {@link #readAll(Path, Consumer, Consumer)} or {@link
   * #read(Path, Consumer, Consumer, Consumer)} to hear of them.
   *
   * @return one record per id, the last one with that id, in file order of those last records: a
   *     record that another replaces later is left out, and the replacing one sits where it is in
   *     the file
   * @throws InputException at the first bad line
   * @throws IOException if the file cannot be read
   */
  public List<T> readAll(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in, file.toString());
    }
  }

  /**
   * Reads every record of a stream, failing at the first bad line. Does not close the stream.
   * Repeated ids are not reported.
   *
   * @param sourceName names the input in errors, such as a resource name or {@code "stdin"}
   * @return one record per id, the last one with that id, in input order of those last records
   * @throws InputException at the first bad line
   * @throws IOException if the stream cannot be read
   */
  public List<T> readAll(InputStream in, String sourceName) throws IOException {
    return readAll(
        in,
        sourceName,
        error -> {
          throw new InputException(error);
        },
        warning -> {});
  }

  /**
   * Reads the records of a file, one per id, reporting bad lines, repeated ids and startups whose
   * place is unknown. Errors and warnings name the file as given.
   *
   * @param onError receives an error for each bad line, in file order; it may throw to stop, as
   *     {@link #readAll(Path)} does with an {@link InputException}, or return to skip the line
   * @param onWarning receives a warning for each record that replaces an earlier one with its id,
   *     and for each startup whose place is unknown (see the class Javadoc)
   * @return one record per id, the last good one with that id, in file order of those last records
   * @throws IOException if the file cannot be read
   */
  public List<T> readAll(
      Path file, Consumer<? super InputError> onError, Consumer<? super InputError> onWarning)
      throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in, file.toString(), onError, onWarning);
    }
  }

  private ImmutableList<T> readAll(
      InputStream in,
      String sourceName,
      Consumer<? super InputError> onError,
      Consumer<? super InputError> onWarning)
      throws IOException {
    // Removed and put again, so that a replacing record takes the place of its own line.
    Map<String, T> byId = new LinkedHashMap<>();
    read(
        in,
        sourceName,
        record -> {
          String id = format.id(record);
          byId.remove(id);
          byId.put(id, record);
        },
        onError,
        onWarning);
    return ImmutableList.copyOf(byId.values());
  }

  /**
   * Reads a file leniently, skipping bad lines and ignoring warnings. Errors name the file as
   * given.
   *
   * @param onRecord receives each good record, in file order, a record with a repeated id too
   * @param onError receives an error for each bad line, in file order
   * @return how many lines were accepted and rejected, and how many accepted records replace an
   *     earlier one
   * @throws IOException if the file cannot be read
   */
  public ReadSummary read(
      Path file, Consumer<? super T> onRecord, Consumer<? super InputError> onError)
      throws IOException {
    return read(file, onRecord, onError, warning -> {});
  }

  /**
   * Reads a file leniently, skipping bad lines and reporting good ones that deserve a warning.
   * Errors and warnings name the file as given.
   *
   * @param onRecord receives each good record, in file order, a record with a repeated id too
   * @param onError receives an error for each bad line, in file order
   * @param onWarning receives a warning for each good record whose id an earlier record has, before
   *     that record goes to {@code onRecord}; the warning names the line of the record and the
   *     field {@code id}, and its message the line of the record it replaces. It also receives one
   *     for each startup whose place is unknown, naming its line and field (see the class Javadoc)
   * @return how many lines were accepted and rejected, and how many accepted records replace an
   *     earlier one
   * @throws IOException if the file cannot be read
   */
  public ReadSummary read(
      Path file,
      Consumer<? super T> onRecord,
      Consumer<? super InputError> onError,
      Consumer<? super InputError> onWarning)
      throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), onRecord, onError, onWarning);
    }
  }

  /**
   * Reads a stream leniently, skipping bad lines and ignoring warnings, as {@link
   * #read(InputStream, String, Consumer, Consumer, Consumer)} does. Does not close the stream.
   *
   * @param sourceName names the input in errors, such as a resource name or {@code "stdin"}
   * @param onRecord receives each good record, in input order, a record with a repeated id too
   * @param onError receives an error for each bad line, in input order
   * @return how many lines were accepted and rejected, and how many accepted records replace an
   *     earlier one
   * @throws IOException if the stream cannot be read
   */
  public ReadSummary read(
      InputStream in,
      String sourceName,
      Consumer<? super T> onRecord,
      Consumer<? super InputError> onError)
      throws IOException {
    return read(in, sourceName, onRecord, onError, warning -> {});
  }

  /**
   * Reads a stream leniently, skipping bad lines and reporting good ones that deserve a warning.
   * Records are passed on as they are read, so the input need not fit in memory; only the ids seen
   * so far and their last lines are kept. Does not close the stream.
   *
   * @param sourceName names the input in errors and warnings, such as a resource name or {@code
   *     "stdin"}
   * @param onRecord receives each good record, in input order, a record with a repeated id too
   * @param onError receives an error for each bad line, in input order
   * @param onWarning receives a warning for each good record whose id an earlier record has, before
   *     that record goes to {@code onRecord}; the warning names the line of the record and the
   *     field {@code id}, and its message the line of the record it replaces. It also receives one
   *     for each startup whose place is unknown, naming its line and field (see the class Javadoc)
   * @return how many lines were accepted and rejected, and how many accepted records replace an
   *     earlier one
   * @throws IOException if the stream cannot be read
   */
  public ReadSummary read(
      InputStream in,
      String sourceName,
      Consumer<? super T> onRecord,
      Consumer<? super InputError> onError,
      Consumer<? super InputError> onWarning)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(onRecord, "onRecord");
    checkNotNull(onError, "onError");
    checkNotNull(onWarning, "onWarning");
    Utf8Lines lines = new Utf8Lines(in, MAX_LINE_BYTES);
    Map<String, Long> lastLineById = new HashMap<>();
    long accepted = 0;
    long rejected = 0;
    long replaced = 0;
    while (lines.next()) {
      T record;
      try {
        record = decode(lines);
      } catch (LineException e) {
        rejected++;
        onError.accept(error(sourceName, lines.number(), e));
        continue;
      }
      accepted++;
      RecordFormat.Warning warning = format.warning(record).orElse(null);
      if (warning != null) {
        onWarning.accept(
            InputError.ofField(sourceName, lines.number(), warning.field(), warning.message()));
      }
      String id = format.id(record);
      // The line of the record this one replaces, which replaced any before it.
      Long previousLine = lastLineById.put(id, lines.number());
      if (previousLine != null) {
        replaced++;
        onWarning.accept(
            InputError.ofField(
                sourceName,
                lines.number(),
                "id",
                "id '" + id + "' repeats line " + previousLine + "; this record replaces it"));
      }
      onRecord.accept(record);
    }
    return new ReadSummary(accepted, rejected, replaced);
  }

  /**
   * Decodes one record from its JSON text, such as a record this library stored: no line splitting,
   * no warnings, no check of repeated ids.
   *
   * @param sourceName names the record's source in errors, such as an index
   * @throws InputException if the text is not a valid record
   */
  public T decode(String json, String sourceName) {
    checkNotNull(json, "json");
    checkNotNull(sourceName, "sourceName");
    try {
      return decodeText(json);
    } catch (LineException e) {
      throw new InputException(error(sourceName, 1, e));
    }
  }

  /** The error a bad line or record reports: its source and line, and the field when known. */
  private static InputError error(String sourceName, long line, LineException e) {
    return e.field() == null
        ? InputError.ofLine(sourceName, line, e.getMessage())
        : InputError.ofField(sourceName, line, e.field(), e.getMessage());
  }

  private T decode(Utf8Lines lines) {
    return decodeText(lines.text());
  }

  private T decodeText(String text) {
    if (text.isBlank()) {
      throw new LineException("blank line");
    }
    return format.decode(Json.parseObject(text));
  }
}
