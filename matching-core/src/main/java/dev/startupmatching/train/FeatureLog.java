package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes training lists as feature logs: one line per (need, candidate) with its relevance label
 * and the value of every feature.
 *
 * <ul>
 *   <li>{@link Format#RANKLIB} and {@link Format#SVMLIGHT}: {@code label qid:Q 1:v 2:v ... # need
 *       startup}, features numbered from 1 in the order of {@link #featureNames}, which a comment
 *       line per feature at the top names ({@code # feature 1: text}); queries are numbered from 1
 *       in list order. SVMlight has the same lines; RankLib reads both.
 *   <li>{@link Format#CSV}: a header {@code need,startup,label,<feature names>} and RFC 4180
 *       quoting, for notebooks.
 *   <li>{@link Format#JSONL}: {@code {"need":..,"startup":..,"label":..,"features":{name:value}}}.
 * </ul>
 */
public final class FeatureLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file formats. */
  public enum Format {
    /** RankLib's LETOR format. */
    RANKLIB,
    /** SVMlight's format, with query ids. */
    SVMLIGHT,
    /** Comma-separated values with a header. */
    CSV,
    /** One JSON object per line. */
    JSONL;

    /** The format named in lower case, as on the command line. */
    public static Format named(String name) {
      for (Format format : values()) {
        if (format.name().equalsIgnoreCase(name)) {
          return format;
        }
      }
      throw new IllegalArgumentException(
          "unknown feature log format '" + name + "'; use ranklib, svmlight, csv or jsonl");
    }
  }

  private FeatureLog() {}

  /** Every feature name of the lists, in first-seen order. */
  public static List<String> featureNames(List<RankedList> lists) {
    Set<String> names = new LinkedHashSet<>();
    for (RankedList list : lists) {
      for (RankedList.Row row : list.rows()) {
        names.addAll(row.features().keySet());
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * Writes the lists; a feature a row lacks is written as 0.
   *
   * @return the number of rows written
   */
  public static long write(List<RankedList> lists, Format format, Writer out) throws IOException {
    checkArgument(lists != null && format != null && out != null, "arguments must not be null");
    List<String> names = featureNames(lists);
    long rows = 0;
    switch (format) {
      case RANKLIB, SVMLIGHT -> {
        for (int i = 0; i < names.size(); i++) {
          out.write("# feature " + (i + 1) + ": " + names.get(i) + "\n");
        }
      }
      case CSV -> {
        out.write("need,startup,label");
        for (String name : names) {
          out.write("," + quote(name));
        }
        out.write("\r\n");
      }
      case JSONL -> {}
    }
    int qid = 0;
    for (RankedList list : lists) {
      qid++;
      for (RankedList.Row row : list.rows()) {
        rows++;
        switch (format) {
          case RANKLIB, SVMLIGHT -> {
            StringBuilder line = new StringBuilder();
            line.append(row.label()).append(" qid:").append(qid);
            for (int i = 0; i < names.size(); i++) {
              line.append(' ')
                  .append(i + 1)
                  .append(':')
                  .append(number(row.features().getOrDefault(names.get(i), 0.0)));
            }
            line.append(" # ").append(list.needId()).append(' ').append(row.startupId());
            out.write(line.append('\n').toString());
          }
          case CSV -> {
            StringBuilder line =
                new StringBuilder()
                    .append(quote(list.needId()))
                    .append(',')
                    .append(quote(row.startupId()))
                    .append(',')
                    .append(row.label());
            for (String name : names) {
              line.append(',').append(number(row.features().getOrDefault(name, 0.0)));
            }
            out.write(line.append("\r\n").toString());
          }
          case JSONL -> {
            ObjectNode node =
                JSON.createObjectNode()
                    .put("need", list.needId())
                    .put("startup", row.startupId())
                    .put("label", row.label());
            ObjectNode features = node.putObject("features");
            for (String name : names) {
              features.put(name, row.features().getOrDefault(name, 0.0));
            }
            out.write(JSON.writeValueAsString(node) + "\n");
          }
        }
      }
    }
    out.flush();
    return rows;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }

  private static String quote(String field) {
    return field.contains(",") || field.contains("\"") || field.contains("\n")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }

  /**
   * Reads a feature log in the {@link Format#JSONL} form, as {@link #write} writes it: the rows of
   * one need follow each other, in their order, and become one list whose grades are the rows'
   * labels.
   *
   * @throws InputException naming the file, line and field of a malformed line
   * @throws IOException if the file cannot be read
   */
  public static List<RankedList> readJsonl(Path file) throws IOException {
    checkArgument(file != null, "file must not be null");
    String source = file.toString();
    List<RankedList> lists = new ArrayList<>();
    String need = null;
    ImmutableList.Builder<RankedList.Row> rows = null;
    ImmutableMap.Builder<String, Integer> grades = null;
    long number = 0;
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new InputException(
              InputError.ofLine(source, number, "malformed JSON: " + e.getOriginalMessage()));
        }
        String rowNeed = text(row, "need", source, number);
        String startup = text(row, "startup", source, number);
        JsonNode label = row.get("label");
        if (label == null || !label.canConvertToInt() || label.asInt() < 0) {
          throw new InputException(
              InputError.ofField(source, number, "label", "expected a grade, 0 or more"));
        }
        JsonNode features = row.get("features");
        if (features == null || !features.isObject()) {
          throw new InputException(
              InputError.ofField(source, number, "features", "expected an object of numbers"));
        }
        ImmutableMap.Builder<String, Double> values = ImmutableMap.builder();
        for (Map.Entry<String, JsonNode> feature : features.properties()) {
          if (!feature.getValue().isNumber()) {
            throw new InputException(
                InputError.ofField(
                    source, number, "features." + feature.getKey(), "expected a number"));
          }
          values.put(feature.getKey(), feature.getValue().asDouble());
        }
        if (!rowNeed.equals(need)) {
          if (need != null) {
            lists.add(new RankedList(need, grades.buildKeepingLast(), rows.build()));
          }
          need = rowNeed;
          rows = ImmutableList.builder();
          grades = ImmutableMap.builder();
        }
        rows.add(new RankedList.Row(startup, label.asInt(), values.buildKeepingLast()));
        grades.put(startup, label.asInt());
      }
    } catch (CharacterCodingException e) {
      // The reader decodes ahead of the lines it returns, so the fault may lie further on.
      throw new InputException(
          InputError.ofLine(source, number + 1, "not UTF-8 text, at this line or after it"));
    }
    if (need != null) {
      lists.add(new RankedList(need, grades.buildKeepingLast(), rows.build()));
    }
    return ImmutableList.copyOf(lists);
  }

  private static String text(JsonNode row, String field, String source, long line) {
    JsonNode value = row.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InputException(
          InputError.ofField(source, line, field, "expected a non-blank string"));
    }
    return value.asText();
  }
}
