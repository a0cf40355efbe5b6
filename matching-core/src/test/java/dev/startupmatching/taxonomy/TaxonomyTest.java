package dev.startupmatching.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.io.InputException;
import dev.startupmatching.model.TechnologyArea;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static Taxonomy parse(String json) throws Exception {
    return Taxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  private static final String SMALL =
      """
      {
        "version": "test-1",
        "languages": ["en", "de"],
        "areas": [
          {"id": "e", "parent": null, "labels": {"en": "Electrification", "de": "Elektrifizierung"}},
          {"id": "e.battery", "parent": "e", "labels": {"en": "Battery", "de": "Batterie"},
           "synonyms": {"en": ["accumulator"], "de": ["Akku", "Akkumulator"]}},
          {"id": "e.battery.bms", "parent": "e.battery",
           "labels": {"en": "Battery management", "de": "Batteriemanagement"}, "extra": 1}
        ]
      }
      """;

  @Test
  void readsAreasLabelsSynonymsAndTheTree() throws Exception {
    Taxonomy taxonomy = parse(SMALL);

    assertThat(taxonomy.version()).isEqualTo("test-1");
    assertThat(taxonomy.size()).isEqualTo(3);
    assertThat(taxonomy.ancestors("e.battery.bms")).containsExactly("e.battery", "e");
    assertThat(taxonomy.children("e")).extracting(TechnologyArea::id).containsExactly("e.battery");
    assertThat(taxonomy.area("e.battery").orElseThrow().names("de"))
        .containsExactly("Batterie", "Akku", "Akkumulator");
    assertThat(taxonomy.problems()).isEmpty();
    assertThat(taxonomy.problems(List.of("en", "zh"))).hasSize(3).allMatch(p -> p.contains("'zh'"));
  }

  @Test
  void errorsNameTheFileTheLineAndTheField() {
    String missingLabel = SMALL.replace(", \"de\": \"Batteriemanagement\"", "");
    String missingParent = SMALL.replace("\"parent\": \"e.battery\",", "\"parent\": \"nope\",");
    String duplicate =
        SMALL.replace(
            "\"id\": \"e.battery.bms\", \"parent\": \"e.battery\"",
            "\"id\": \"e.battery\", \"parent\": \"e\"");
    String cycle =
        SMALL.replace(
            "\"id\": \"e\", \"parent\": null", "\"id\": \"e\", \"parent\": \"e.battery.bms\"");

    assertThatThrownBy(() -> parse(missingLabel))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("t.json:8")
        .hasMessageContaining("areas[2].labels.de");
    assertThatThrownBy(() -> parse(missingParent))
        .hasMessageContaining("t.json:8")
        .hasMessageContaining("areas[2].parent")
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> parse(duplicate))
        .hasMessageContaining("areas[2].id")
        .hasMessageContaining("first on line 6");
    assertThatThrownBy(() -> parse(cycle)).hasMessageContaining("own ancestor");
    assertThatThrownBy(() -> parse("{\"areas\": []}")).hasMessageContaining("version");
    assertThatThrownBy(() -> parse("{\"version\": \"x\", \"areas\": [{\"id\": 3}]}"))
        .hasMessageContaining("areas[0].id")
        .hasMessageContaining("expected a string");
  }

  @Test
  void anExtensionFileAddsAndReplacesAreasUnderTheBaseAreas() throws Exception {
    String extension =
        """
        {"version": "ext", "languages": ["en"], "areas": [
          {"id": "e.battery.bms", "parent": "e.battery", "labels": {"en": "BMS"}},
          {"id": "e.charging", "parent": "e", "labels": {"en": "Charging"}}
        ]}
        """;
    String orphan = extension.replace("\"parent\": \"e\"", "\"parent\": \"x\"");

    Taxonomy merged =
        parse(SMALL)
            .extendedWith(
                new ByteArrayInputStream(extension.getBytes(StandardCharsets.UTF_8)), "ext.json");

    assertThat(merged.version()).isEqualTo("test-1+ext");
    assertThat(merged.size()).isEqualTo(4);
    assertThat(merged.area("e.battery.bms").orElseThrow().label("en")).isEqualTo("BMS");
    assertThat(merged.problems())
        .containsExactly(
            "area 'e.battery.bms' has no label in 'de'", "area 'e.charging' has no label in 'de'");
    assertThatThrownBy(
            () ->
                parse(SMALL)
                    .extendedWith(
                        new ByteArrayInputStream(orphan.getBytes(StandardCharsets.UTF_8)),
                        "ext.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("ext.json:3")
        .hasMessageContaining("areas[1].parent");
  }

  /** The built-in taxonomy: unique ids and no cycles hold by construction; the rest is checked. */
  @Test
  void theBuiltInTaxonomyIsCompleteInFourLanguages() {
    Taxonomy taxonomy = Taxonomy.builtIn();

    assertThat(taxonomy.languages()).containsExactlyElementsOf(Taxonomy.BUILT_IN_LANGUAGES);
    assertThat(taxonomy.problems()).isEmpty();
    long topLevel = taxonomy.areas().stream().filter(a -> a.parent().isEmpty()).count();
    long leaves =
        taxonomy.areas().stream().filter(a -> taxonomy.children(a.id()).isEmpty()).count();
    assertThat(topLevel).isGreaterThanOrEqualTo(12);
    assertThat(leaves).isGreaterThanOrEqualTo(120);
    for (TechnologyArea area : taxonomy.areas()) {
      int depth = taxonomy.ancestors(area.id()).size() + 1;
      assertThat(depth).as(area.id()).isBetween(1, 3);
      if (taxonomy.children(area.id()).isEmpty()) {
        assertThat(depth).as("leaf %s", area.id()).isGreaterThanOrEqualTo(2);
      }
      for (String language : Taxonomy.BUILT_IN_LANGUAGES) {
        assertThat(area.synonyms().get(language))
            .as("%s synonyms in %s", area.id(), language)
            .isNotEmpty();
      }
    }
    Set<String> ids = new HashSet<>();
    taxonomy.areas().forEach(a -> assertThat(ids.add(a.id())).as("unique %s", a.id()).isTrue());
  }

  @Test
  void theBuiltInLexiconTranslatesEveryEntryIntoFourLanguages() {
    Lexicon lexicon = Lexicon.builtIn();

    assertThat(lexicon.entries()).hasSizeGreaterThan(300);
    assertThat(lexicon.entries())
        .allSatisfy(entry -> assertThat(entry.keySet()).containsAll(Taxonomy.BUILT_IN_LANGUAGES));
  }
}
