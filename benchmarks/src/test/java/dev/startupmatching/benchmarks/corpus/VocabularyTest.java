package dev.startupmatching.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.builtIn();

  @Test
  void everyAreaIsAnAreaOfTheBuiltInTaxonomyWithEnoughWords() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    for (Vocabulary.Area area : vocabulary.areas().values()) {
      assertThat(taxonomy.area(area.id())).as(area.id()).isPresent();
      assertThat(area.terms()).as(area.id()).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
      assertThat(area.products()).as(area.id()).isNotEmpty();
      assertThat(taxonomy.area(area.parent())).as(area.id()).isPresent();
      assertThat(vocabulary.unit(area.topLevel())).isNotBlank();
    }
  }

  @Test
  void everyLeafAreaOfTheBuiltInTaxonomyHasWords() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    Set<String> leaves =
        taxonomy.areas().stream()
            .map(TechnologyArea::id)
            .filter(id -> taxonomy.children(id).isEmpty())
            .collect(Collectors.toSet());

    assertThat(vocabulary.areas().keySet()).containsAll(leaves);
  }

  @Test
  void someAreasHaveGermanAndChineseTerms() {
    long german =
        vocabulary.areas().values().stream().filter(a -> !a.terms("de").isEmpty()).count();
    long chinese =
        vocabulary.areas().values().stream().filter(a -> !a.terms("zh").isEmpty()).count();

    assertThat(german).isGreaterThanOrEqualTo(20);
    assertThat(chinese).isGreaterThanOrEqualTo(20);
  }

  @Test
  void wordSectionsAreNotEmpty() {
    for (String section :
        new String[] {"nouns", "verbs", "adjectives", "customers", "people", "syllables"}) {
      assertThat(vocabulary.words(section)).as(section).hasSizeGreaterThan(10);
    }
    assertThat(vocabulary.places()).allSatisfy(p -> assertThat(p.regions()).isNotEmpty());
  }
}
