package dev.startupmatching.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the job's inputs as records of JSON text, whatever their format, and decodes them as {@code
 * batch} does; a bad record becomes a reject line instead of failing the job.
 */
final class InputRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputRecords() {}

  /**
   * A record's JSON text and its number: the line of a JSON Lines file, the row otherwise.
   *
   * @param number counted from 1
   */
  record Line(long number, String text) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /**
   * A decoded startup record, or why it was rejected.
   *
   * @param id the startup's id, null when rejected
   * @param line the record
   * @param reject the reject line, null when decoded
   */
  record Parsed(String id, Line line, String reject) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    boolean accepted() {
      return reject == null;
    }
  }

  /** The needs that decoded, in input order, and the reject lines of those that did not. */
  record Needs(List<String> texts, List<String> rejects) {}

  /** The input's records as JSON text, numbered in input order. */
  static JavaRDD<Line> lines(SparkSession spark, String input, JobSettings.InputFormat format) {
    Dataset<String> texts =
        switch (format) {
          case JSONL -> spark.read().textFile(input);
          case PARQUET -> spark.read().parquet(input).toJSON();
          case TABLE -> spark.table(input).toJSON();
        };
    return texts.javaRDD().zipWithIndex().map(t -> new Line(t._2() + 1, t._1()));
  }

  /** True for a line with a record on it; blank lines are skipped, as {@code batch} skips them. */
  static boolean hasRecord(Line line) {
    return !line.text().isBlank();
  }

  /** Decodes a startup record. */
  static Parsed startup(String source, Line line) {
    try {
      Startup startup = JsonLinesReader.startups().decode(line.text(), source);
      return new Parsed(startup.id(), line, null);
    } catch (InputException e) {
      return new Parsed(null, line, reject(source, line, e.error()));
    }
  }

  /** Decodes the need records, keeping their input order. */
  static Needs needs(String source, List<Line> lines) {
    List<String> texts = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    for (Line line : lines) {
      if (!hasRecord(line)) {
        continue;
      }
      try {
        JsonLinesReader.needs().decode(line.text(), source);
        texts.add(line.text());
      } catch (InputException e) {
        rejects.add(reject(source, line, e.error()));
      }
    }
    return new Needs(texts, rejects);
  }

  /** Decodes a need that {@link #needs} accepted. */
  static Need need(String text) {
    return JsonLinesReader.needs().decode(text, "need");
  }

  /** Decodes a startup that {@link #startup} accepted. */
  static Startup acceptedStartup(String text) {
    return JsonLinesReader.startups().decode(text, "startup");
  }

  /**
   * A reject as one JSON object: the source, the record's line, the field when known, what is wrong
   * and the record's text.
   */
  private static String reject(String source, Line line, InputError error) {
    ObjectNode reject = JSON.createObjectNode().put("source", source).put("line", line.number());
    error.field().ifPresent(field -> reject.put("field", field));
    reject.put("error", error.message()).put("record", line.text());
    return reject.toString();
  }
}
