package dev.startupmatching.cli;

import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The input options shared by commands: startups and needs from JSON Lines files, or the built-in
 * example when neither file is given.
 */
final class InputOptions {
  /**
   * The largest file read whole into memory, in bytes: 1 GiB. The index command streams files of
   * any size.
   */
  static final long MAX_FILE_BYTES = 1L << 30;

  @Option(
      names = "--startups",
      paramLabel = "FILE",
      description = "Startups, one JSON object per line (default: the built-in example).")
  Path startups;

  @Option(
      names = "--needs",
      paramLabel = "FILE",
      description = "Needs, one JSON object per line (default: the built-in example).")
  Path needs;

  @Option(
      names = "--strict",
      description =
          "Stop at the first bad record with exit code 1. By default bad records are reported on"
              + " stderr and skipped.")
  boolean strict;

  private long skipped;

  /**
   * Checks that both files or neither are given.
   *
   * @throws ParameterException otherwise, which picocli reports as a usage error
   */
  void validate(CommandSpec spec) {
    validate(spec, null);
  }

  /**
   * Checks the startups' source alone, for a command that reads no needs: at most one of {@code
   * --index} and {@code --startups}, and no {@code --needs}.
   *
   * @param why what makes needs needless, for the message
   * @throws ParameterException otherwise, which picocli reports as a usage error
   */
  void validateWithoutNeeds(CommandSpec spec, Path index, String why) {
    if (needs != null) {
      throw new ParameterException(spec.commandLine(), why + ": drop --needs");
    }
    if (index != null && startups != null) {
      throw new ParameterException(
          spec.commandLine(), "give --index or --startups, not both: the index holds the startups");
    }
  }

  /**
   * Checks that both files or neither are given, or, with an index, the needs file alone.
   *
   * @param index the {@code --index} directory, or null
   * @throws ParameterException otherwise, which picocli reports as a usage error
   */
  void validate(CommandSpec spec, Path index) {
    if (index != null) {
      if (startups != null) {
        throw new ParameterException(
            spec.commandLine(),
            "give --index or --startups, not both: the index holds the startups");
      }
      if (needs == null) {
        throw new ParameterException(spec.commandLine(), "--index needs --needs");
      }
      return;
    }
    if ((startups == null) != (needs == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "give both --startups and --needs, or neither to use the built-in example");
    }
  }

  /** Reads the startups, reporting bad records to {@code err}. */
  List<Startup> readStartups(PrintWriter err) throws IOException {
    return startups == null
        ? SampleData.startups()
        : read(JsonLinesReader.startups(), startups, err);
  }

  /** Reads the needs, reporting bad records to {@code err}. */
  List<Need> readNeeds(PrintWriter err) throws IOException {
    return needs == null ? SampleData.needs() : read(JsonLinesReader.needs(), needs, err);
  }

  /**
   * Reads a JSON Lines file, strictly with {@code --strict}, otherwise reporting and skipping bad
   * records.
   *
   * @throws BadInputException if the file is too large to read into memory, or empty
   */
  <T> List<T> read(JsonLinesReader<T> reader, Path file, PrintWriter err) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
      throw new BadInputException(
          file
              + " has "
              + Files.size(file)
              + " bytes, more than the "
              + MAX_FILE_BYTES
              + " read into memory; index it with the index command and use --index");
    }
    long[] rejected = {0};
    List<T> records =
        reader.readAll(
            file,
            (InputError e) -> {
              if (strict) {
                throw new InputException(e);
              }
              rejected[0]++;
              err.println("skipped: " + e);
            },
            (InputError w) -> err.println("warning: " + w));
    if (rejected[0] > 0) {
      skipped += rejected[0];
      err.printf("%s: skipped %d bad records%n", file, rejected[0]);
    }
    if (records.isEmpty() && rejected[0] == 0) {
      throw new BadInputException(file + " is empty: it holds no records");
    }
    return records;
  }

  /**
   * The exit code of a command whose own work succeeded: bad input if records were skipped, as the
   * README promises, so that a script notices.
   */
  int exitCode() {
    return skipped > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }
}
