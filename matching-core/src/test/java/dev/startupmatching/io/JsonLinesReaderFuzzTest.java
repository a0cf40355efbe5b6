package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Feeds arbitrary bytes to the JSON Lines readers: nothing but an {@link InputError} (lenient) or
 * an {@link InputException} (strict) may come out of bad input, every line is either accepted or
 * reported once, a warning comes exactly for each accepted record that repeats an id, the strict
 * read returns the last record of each id, and every accepted record survives writing and reading
 * back.
 *
 * <p>A normal test run executes each fuzz test once per file of its seed corpus, under {@code
 * src/test/resources/dev/startupmatching/io/JsonLinesReaderFuzzTestInputs/<method>/}, plus the
 * empty input. To fuzz for real, run one method with the environment variable {@code JAZZER_FUZZ}
 * set, for example:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -o test -pl matching-core -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='JsonLinesReaderFuzzTest#startups'
 * </pre>
 *
 * <p>Jazzer then mutates the seeds for five minutes (see {@code @FuzzTest(maxDuration)}) and saves
 * any input that fails into the seed directory, where it stays as a regression test.
 */
class JsonLinesReaderFuzzTest {
  private static final String SOURCE = "fuzzed.jsonl";

  @FuzzTest
  void startups(byte[] input) {
    check(input, JsonLinesReader.startups(), JsonLinesWriter::startups);
  }

  @FuzzTest
  void needs(byte[] input) {
    check(input, JsonLinesReader.needs(), JsonLinesWriter::needs);
  }

  @FuzzTest
  void units(byte[] input) {
    check(input, JsonLinesReader.units(), JsonLinesWriter::units);
  }

  private static <T> void check(
      byte[] input, JsonLinesReader<T> reader, Function<Writer, JsonLinesWriter<T>> writer) {
    List<T> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<InputError> warnings = new ArrayList<>();
    ReadSummary summary;
    try {
      summary =
          reader.read(
              new ByteArrayInputStream(input), SOURCE, records::add, errors::add, warnings::add);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be read", e);
    }

    long lines = lineCount(input);
    assertThat(summary.accepted()).isEqualTo(records.size());
    assertThat(summary.rejected()).isEqualTo(errors.size());
    assertThat(summary.accepted() + summary.rejected()).isEqualTo(lines);
    long previousLine = 0;
    for (InputError error : errors) {
      assertThat(error.source()).isEqualTo(SOURCE);
      assertThat(error.line()).isBetween(previousLine + 1, lines);
      assertThat(error.message()).isNotBlank();
      assertThat(error.toString()).doesNotContain("\n");
      previousLine = error.line();
    }
    List<T> lastOfEachId = lastOfEachId(records);
    assertThat(summary.replaced()).isEqualTo(warnings.size());
    assertThat(records.size() - warnings.size()).isEqualTo(lastOfEachId.size());
    for (InputError warning : warnings) {
      assertThat(warning.source()).isEqualTo(SOURCE);
      assertThat(warning.field()).hasValue("id");
      assertThat(warning.toString()).doesNotContain("\n");
      assertThat(errors).extracting(InputError::line).doesNotContain(warning.line());
    }

    // The strict read stops exactly where the lenient one reported its first error.
    Throwable strict =
        catchThrowable(() -> reader.readAll(new ByteArrayInputStream(input), SOURCE));
    if (errors.isEmpty()) {
      assertThat(strict).isNull();
      try {
        assertThat(reader.readAll(new ByteArrayInputStream(input), SOURCE)).isEqualTo(lastOfEachId);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      assertThat(strict).isInstanceOf(InputException.class);
      assertThat(((InputException) strict).error()).isEqualTo(errors.get(0));
    }

    // Whatever was accepted is written back in a form that reads as the same records.
    StringWriter text = new StringWriter();
    try (JsonLinesWriter<T> out = writer.apply(text)) {
      for (T record : records) {
        out.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      assertThat(reader.readAll(new ByteArrayInputStream(text.toString().getBytes(UTF_8)), SOURCE))
          .isEqualTo(lastOfEachId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last record of each id, in the order of those last records, as the strict read keeps. */
  private static <T> List<T> lastOfEachId(List<T> records) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T record : records) {
      String id = id(record);
      byId.remove(id);
      byId.put(id, record);
    }
    return new ArrayList<>(byId.values());
  }

  private static String id(Object record) {
    return switch (record) {
      case Startup s -> s.id();
      case Need n -> n.id();
      case BusinessUnit u -> u.id();
      default -> throw new AssertionError(record);
    };
  }

  /** Lines as the reader counts them: a final line end starts no line, an empty input has none. */
  private static long lineCount(byte[] input) {
    long newlines = 0;
    for (byte b : input) {
      if (b == '\n') {
        newlines++;
      }
    }
    return input.length == 0 || input[input.length - 1] == '\n' ? newlines : newlines + 1;
  }
}
