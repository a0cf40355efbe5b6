package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startupmatching.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes to {@link LinearScoringModel#read(java.io.InputStream, String)}: it either
 * returns a model that writes and reads back equal, or throws an {@link InputException} naming the
 * source; nothing else escapes.
 *
 * <p>A normal test run executes the fuzz test once per file under {@code
 * src/test/resources/dev/startupmatching/rank/ScoringModelReaderFuzzTestInputs/read/}, plus the
 * empty input. To fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -o test -pl matching-core -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest='ScoringModelReaderFuzzTest'}.
 */
class ScoringModelReaderFuzzTest {
  @FuzzTest
  void read(byte[] input) {
    LinearScoringModel model;
    try {
      model = LinearScoringModel.read(new ByteArrayInputStream(input), "model.json");
    } catch (InputException e) {
      assertThat(e.error().source()).isEqualTo("model.json");
      assertThat(e.getMessage()).startsWith("model.json:").doesNotContain("\n");
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("bad content must be an InputException", e);
    }
    assertThat(model.weights()).isNotEmpty();
    assertThat(model.weights().values()).allMatch(Double::isFinite);
    try {
      assertThat(
              LinearScoringModel.read(
                  new ByteArrayInputStream(model.toJson().getBytes(StandardCharsets.UTF_8)),
                  "written"))
          .isEqualTo(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
