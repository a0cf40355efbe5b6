package dev.startupmatching.sample;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A small built-in example: a carmaker's business units, their needs and a cohort of startups, all
 * fictional. It lets the command line and tests run without any input file.
 *
 * <p>The records are JSON Lines resources beside this class ({@code units.jsonl}, {@code
 * needs.jsonl}, {@code startups.jsonl}) plus TREC relevance judgments ({@code qrels.txt}).
 */
public final class SampleData {
  private static final String UNITS = "units.jsonl";
  private static final String NEEDS = "needs.jsonl";
  private static final String STARTUPS = "startups.jsonl";

  private SampleData() {}

  /** Returns the example's business units. */
  public static List<BusinessUnit> units() {
    return read(JsonLinesReader.units(), UNITS);
  }

  /** Returns the example's needs. */
  public static List<Need> needs() {
    return read(JsonLinesReader.needs(), NEEDS);
  }

  /** Returns the example's startups. */
  public static List<Startup> startups() {
    return read(JsonLinesReader.startups(), STARTUPS);
  }

  /** Returns the example's relevance judgments: for each need, the startups that fit it. */
  public static Qrels qrels() {
    try (InputStream in = open("qrels.txt")) {
      return Qrels.read(in, "built-in sample qrels.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens one of the example's resources by file name, such as {@code "qrels.txt"}. */
  public static InputStream open(String fileName) {
    InputStream in = SampleData.class.getResourceAsStream(fileName);
    if (in == null) {
      throw new IllegalArgumentException("no sample resource named " + fileName);
    }
    return in;
  }

  private static <T> ImmutableList<T> read(JsonLinesReader<T> reader, String fileName) {
    try (InputStream in = open(fileName)) {
      return ImmutableList.copyOf(reader.readAll(in, "built-in sample " + fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
