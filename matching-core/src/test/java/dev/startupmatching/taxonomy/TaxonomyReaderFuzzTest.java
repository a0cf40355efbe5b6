package dev.startupmatching.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startupmatching.io.InputException;
import dev.startupmatching.model.TechnologyArea;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Feeds arbitrary bytes to the taxonomy and lexicon readers: they either return a consistent value
 * or throw an {@link InputException} naming the source; nothing else escapes.
 *
 * <p>A normal test run executes each fuzz test once per file under {@code
 * src/test/resources/dev/startupmatching/taxonomy/TaxonomyReaderFuzzTestInputs/} (shared) and its
 * method's directory there, plus the empty input. To fuzz one method for real: {@code JAZZER_FUZZ=1
 * ./mvnw -o test -pl matching-core -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='TaxonomyReaderFuzzTest#taxonomy'}.
 */
class TaxonomyReaderFuzzTest {
  private static final String SOURCE = "taxonomy.json";

  @FuzzTest
  void taxonomy(byte[] input) {
    Taxonomy taxonomy = readOrReport(() -> Taxonomy.read(new ByteArrayInputStream(input), SOURCE));
    if (taxonomy != null) {
      assertConsistent(taxonomy);
    }
  }

  @FuzzTest
  void extension(byte[] input) {
    Taxonomy base = Taxonomy.builtIn();
    Taxonomy extended =
        readOrReport(() -> base.extendedWith(new ByteArrayInputStream(input), SOURCE));
    if (extended != null) {
      assertConsistent(extended);
      // An extension may replace areas but never loses one.
      for (TechnologyArea area : base.areas()) {
        assertThat(extended.area(area.id())).isPresent();
      }
    }
  }

  @FuzzTest
  void lexicon(byte[] input) {
    Lexicon lexicon = readOrReport(() -> Lexicon.read(new ByteArrayInputStream(input), SOURCE));
    if (lexicon != null) {
      assertThat(lexicon.version()).isNotNull();
      lexicon
          .entries()
          .forEach(
              entry ->
                  entry.values().forEach(words -> assertThat(words).allMatch(w -> !w.isBlank())));
    }
  }

  private interface Read<T> {
    T read() throws IOException;
  }

  /** Returns what was read, or null after checking the input error. */
  private static <T> T readOrReport(Read<T> read) {
    try {
      return read.read();
    } catch (InputException e) {
      assertThat(e.error().source()).isEqualTo(SOURCE);
      assertThat(e.getMessage()).startsWith(SOURCE + ":").doesNotContain("\n");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("bad content must be an InputException", e);
    }
  }

  private static void assertConsistent(Taxonomy taxonomy) {
    assertThat(taxonomy.version()).isNotBlank();
    for (TechnologyArea area : taxonomy.areas()) {
      assertThat(taxonomy.area(area.id())).contains(area);
      area.parent().ifPresent(parent -> assertThat(taxonomy.area(parent)).isPresent());
      // Parents form no cycle: the ancestors are finite and exclude the area itself.
      assertThat(taxonomy.ancestors(area.id())).doesNotContain(area.id());
    }
  }
}
