package dev.startupmatching.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options a batch's results file was written with, kept beside it in {@code FILE.options}, so
 * that continuing the file with other options, which would mix lists of 5 with lists of 20 or one
 * model's scores with another's, is refused.
 *
 * <p>What is recorded is each option that shapes a need's results, as the command line gave it or
 * by default, and for a file option the SHA-256 of its content: a retrained model file counts as
 * another option. Inputs, threads and {@code --restart} are not recorded: the needs and startups
 * may grow between runs of a nightly batch.
 */
final class BatchOptionsRecord {
  /** The options that change what a need's results are or how they are written. */
  static final List<String> SHAPING =
      List.of(
          "--format",
          "--top",
          "--explain",
          "--run-tag",
          "--model",
          "--model-file",
          "--candidates",
          "--fusion",
          "--semantic-weight",
          "--taxonomy");

  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchOptionsRecord() {}

  /** Where the options of a results file are recorded. */
  static Path path(Path output) {
    return output.resolveSibling(output.getFileName() + ".options");
  }

  /** The shaping options of a batch command, by name, in {@link #SHAPING} order. */
  static Map<String, String> of(CommandSpec spec) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (String name : SHAPING) {
      OptionSpec option = spec.findOption(name);
      if (option == null) {
        throw new IllegalStateException("batch has no option " + name);
      }
      Object value = option.getValue();
      if (value instanceof Path file) {
        options.put(name, file + " sha256:" + Hashing.sha256().hashBytes(Files.readAllBytes(file)));
      } else {
        options.put(name, Objects.toString(value, ""));
      }
    }
    return options;
  }

  /** The options recorded beside a results file, if any. */
  static Optional<Map<String, String>> read(Path output) throws IOException {
    Path record = path(output);
    if (!Files.exists(record)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(record.toFile(), new TypeReference<>() {}));
    } catch (IOException e) {
      throw new BadInputException(
          record
              + " is not a record of batch options; give --restart to start "
              + output
              + " afresh");
    }
  }

  /** Records the options beside a results file, replacing any record there. */
  static void write(Path output, Map<String, String> options) throws IOException {
    OutputFile.write(
        path(output), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(options) + "\n");
  }

  /**
   * Checks that a results file holding results can be continued with these options.
   *
   * @throws BadInputException if the file's options were not recorded, or differ, naming each
   *     difference
   */
  static void checkContinuable(Path output, Map<String, String> options) throws IOException {
    Map<String, String> recorded =
        read(output)
            .orElseThrow(
                () ->
                    new BadInputException(
                        output
                            + " holds results but no record of the options they were written with ("
                            + path(output)
                            + "); give --restart to start it afresh"));
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> option : options.entrySet()) {
      String was = recorded.get(option.getKey());
      if (!option.getValue().equals(was)) {
        differences.add(
            option.getKey() + " " + describe(was) + ", not " + describe(option.getValue()));
      }
    }
    if (!differences.isEmpty()) {
      throw new BadInputException(
          output
              + " was written with "
              + String.join(" and ", differences)
              + "; give the same options to continue it, or --restart to start it afresh");
    }
  }

  private static String describe(String value) {
    return value == null ? "(not recorded)" : value.isEmpty() ? "(none)" : value;
  }
}
