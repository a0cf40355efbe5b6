package dev.startupmatching.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.model.TechnologyArea;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that docs/areas.md lists every area of the built-in taxonomy, in its order, and no other.
 */
class BuiltInAreasDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\|$");

  @Test
  void theListOfAreasIsTheBuiltInTaxonomys() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "areas.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        documented.add(row.group(1) + " = " + row.group(2));
      }
    }

    List<String> builtIn = new ArrayList<>();
    for (TechnologyArea area : Taxonomy.builtIn().areas()) {
      builtIn.add(area.id() + " = " + area.label("en"));
    }
    assertThat(documented)
        .as("docs/areas.md against Taxonomy.builtIn(): update the table when the taxonomy changes")
        .containsExactlyElementsOf(builtIn);
  }
}
