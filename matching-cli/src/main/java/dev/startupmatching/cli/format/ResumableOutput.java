package dev.startupmatching.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Prepares a results file of a batch to be continued after the batch stopped, even if it was killed
 * halfway through writing.
 *
 * <p>A batch writes each need's matches together, one need after another, so the results of every
 * need but the last one in the file are complete; the last one may have been cut off. Resuming
 * therefore truncates the file to where its last need's results begin, and reports the needs before
 * it as done. The batch then runs every other need again, the last one included, so that no need is
 * lost or written twice. A need with no matches leaves nothing in the file and simply runs again.
 */
public final class ResumableOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResumableOutput() {}

  /**
   * What resuming found.
   *
   * @param done the ids of the needs whose results are complete in the file
   * @param redone the id of the need whose results were truncated to be written again, or null
   * @param continuing whether the file holds results to continue, as opposed to being new or empty
   */
  public record Resumed(ImmutableSet<String> done, String redone, boolean continuing) {}

  /**
   * Truncates the file's possibly incomplete last need and returns the needs done before it; a
   * missing or empty file has none.
   *
   * @throws ResumeException if the file does not look like results of this format written by a
   *     batch, naming the file and line
   */
  public static Resumed resume(Path file, OutputFormat format) throws IOException {
    if (format == OutputFormat.table) {
      throw new IllegalArgumentException("table output cannot be resumed");
    }
    if (!Files.exists(file) || Files.size(file) == 0) {
      return new Resumed(ImmutableSet.of(), null, false);
    }
    // Streamed: a results file may hold millions of lines; only the need ids are kept.
    Set<String> done = new LinkedHashSet<>();
    String lastId = null;
    long lastStart = 0;
    long headerEnd = 0;
    try (RecordReader records =
        new RecordReader(Files.newInputStream(file), format == OutputFormat.csv)) {
      Record record = records.next();
      if (record == null) {
        // Not one line was finished before the stop.
        truncate(file, 0);
        return new Resumed(ImmutableSet.of(), null, false);
      }
      if (format == OutputFormat.csv) {
        if (!record.text().startsWith("need,")) {
          throw new ResumeException(file + ":1: not a results file of --format csv");
        }
        headerEnd = record.end();
        record = records.next();
      }
      for (; record != null; record = records.next()) {
        String needId = needId(record.text(), format);
        if (needId == null) {
          throw new ResumeException(
              file + ":" + record.line() + ": not a result line of --format " + format);
        }
        if (needId.equals(lastId)) {
          continue;
        }
        if (lastId != null) {
          done.add(lastId);
        }
        if (done.contains(needId)) {
          throw new ResumeException(
              file
                  + ":"
                  + record.line()
                  + ": need "
                  + needId
                  + " appears in two places; this file was not written by one batch");
        }
        lastId = needId;
        lastStart = record.start();
      }
    }
    long keep = lastId == null ? headerEnd : lastStart;
    truncate(file, keep);
    return new Resumed(ImmutableSet.copyOf(done), lastId, keep > 0);
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  /**
   * A complete record of the file: its text without the line end, its first line's number and its
   * byte range.
   */
  private record Record(String text, long line, long start, long end) {}

  /**
   * Reads the records of a file that end with a line end; an unterminated tail was cut off and is
   * left out. With {@code quoted}, line ends inside double quotes belong to the record, as in RFC
   * 4180.
   */
  private static final class RecordReader implements Closeable {
    private final InputStream in;
    private final boolean quoted;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long position;
    private long line = 1;

    RecordReader(InputStream in, boolean quoted) {
      this.in = new BufferedInputStream(in);
      this.quoted = quoted;
    }

    /** The next complete record, or null at the end. */
    Record next() throws IOException {
      current.reset();
      long start = position;
      long firstLine = line;
      boolean inQuotes = false;
      for (int b = in.read(); b != -1; b = in.read()) {
        position++;
        if (b == '\n') {
          line++;
          if (!inQuotes) {
            byte[] bytes = current.toByteArray();
            int length =
                bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                    ? bytes.length - 1
                    : bytes.length;
            return new Record(
                new String(bytes, 0, length, StandardCharsets.UTF_8), firstLine, start, position);
          }
        } else if (quoted && b == '"') {
          inQuotes = !inQuotes;
        }
        current.write(b);
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The need id a result record starts with, or null if it has none. */
  private static String needId(String record, OutputFormat format) {
    return switch (format) {
      case trec -> {
        String[] fields = record.split(" ", -1);
        yield fields.length == 6 && !fields[0].isEmpty() ? fields[0] : null;
      }
      case jsonl -> {
        try {
          JsonNode node = JSON.readTree(record);
          yield node != null && node.path("need").isTextual() ? node.get("need").asText() : null;
        } catch (IOException e) {
          yield null;
        }
      }
      case csv -> csvFirstField(record);
      case table -> throw new AssertionError("table output cannot be resumed");
    };
  }

  /**
   * The need id in the first field of a CSV record, unquoted and with the writer's formula
   * neutralisation undone ({@link CsvWriter#restore}), or null if the record is malformed.
   */
  private static String csvFirstField(String record) {
    String field = csvFirstCell(record);
    String needId = field == null ? null : CsvWriter.restore(field);
    return needId == null || needId.isEmpty() ? null : needId;
  }

  /** The first field of a CSV record, unquoted, or null if the record is malformed. */
  private static String csvFirstCell(String record) {
    if (!record.startsWith("\"")) {
      int comma = record.indexOf(',');
      return comma > 0 ? record.substring(0, comma) : null;
    }
    StringBuilder field = new StringBuilder();
    for (int i = 1; i < record.length(); i++) {
      char c = record.charAt(i);
      if (c == '"') {
        if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          return i + 1 < record.length() && record.charAt(i + 1) == ',' ? field.toString() : null;
        }
      } else {
        field.append(c);
      }
    }
    return null;
  }

  /** A results file that cannot be continued, with the file and line that show why. */
  public static final class ResumeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResumeException(String message) {
      super(message);
    }
  }
}
