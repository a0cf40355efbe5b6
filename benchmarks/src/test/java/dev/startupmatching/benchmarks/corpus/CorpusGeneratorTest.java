package dev.startupmatching.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final CorpusGenerator CORPUS = CorpusGenerator.withSeed(7);

  @Test
  void theSameSeedGivesTheSameRecords() {
    CorpusGenerator again = CorpusGenerator.withSeed(7);

    assertThat(again.startups(300).toList()).isEqualTo(CORPUS.startups(300).toList());
    assertThat(again.needs(100).toList()).isEqualTo(CORPUS.needs(100).toList());
  }

  @Test
  void recordsDoNotDependOnHowTheyAreConsumed() {
    List<Startup> inOrder = CORPUS.startups(300).toList();

    List<Startup> parallel = IntStream.range(0, 300).parallel().mapToObj(CORPUS::startup).toList();
    List<Startup> backwards =
        IntStream.iterate(299, i -> i >= 0, i -> i - 1).mapToObj(CORPUS::startup).toList();

    assertThat(parallel).isEqualTo(inOrder);
    assertThat(backwards.reversed()).isEqualTo(inOrder);
    assertThat(CORPUS.startups(1000).skip(250).findFirst()).contains(inOrder.get(250));
    assertThat(CORPUS.need(42)).isEqualTo(CORPUS.needs(50).toList().get(42));
  }

  @Test
  void anotherSeedGivesOtherRecords() {
    CorpusGenerator other = CorpusGenerator.withSeed(8);

    long sameDescriptions =
        IntStream.range(0, 300)
            .filter(i -> other.startup(i).description().equals(CORPUS.startup(i).description()))
            .count();
    long sameNeeds =
        IntStream.range(0, 100)
            .filter(i -> other.need(i).text().equals(CORPUS.need(i).text()))
            .count();

    assertThat(sameDescriptions).isZero();
    assertThat(sameNeeds).isZero();
  }

  @Test
  void idsAreUnique() {
    Set<String> startupIds = new HashSet<>();
    CORPUS.startups(20_000).forEach(s -> assertThat(startupIds.add(s.id())).isTrue());
    Set<String> needIds = new HashSet<>();
    CORPUS.needs(2_000).forEach(n -> assertThat(needIds.add(n.id())).isTrue());

    assertThat(CorpusGenerator.startupId(42)).isEqualTo("s0000042");
    assertThat(CorpusGenerator.needId(1_000_000)).isEqualTo("n1000000");
  }

  @Test
  void recordsRoundTripThroughJsonLines(@TempDir Path dir) throws IOException {
    List<Startup> startups = CORPUS.startups(1_000).toList();
    List<Need> needs = CORPUS.needs(200).toList();

    JsonLinesWriter.writeStartups(dir.resolve("startups.jsonl"), startups);
    JsonLinesWriter.writeNeeds(dir.resolve("needs.jsonl"), needs);

    assertThat(JsonLinesReader.startups().readAll(dir.resolve("startups.jsonl")))
        .isEqualTo(startups);
    assertThat(JsonLinesReader.needs().readAll(dir.resolve("needs.jsonl"))).isEqualTo(needs);
  }

  @Test
  void startupsHaveValidFieldsAndAreasOfTheTaxonomy() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    int german = 0;
    int chinese = 0;
    for (int i = 0; i < 3_000; i++) {
      Startup startup = CORPUS.startup(i);
      List<String> areas = CORPUS.startupAreas(i);
      assertThat(areas).hasSizeBetween(1, 3).doesNotHaveDuplicates();
      assertThat(areas).allSatisfy(id -> assertThat(taxonomy.area(id)).isPresent());
      if (!startup.technologyAreas().isEmpty()) {
        assertThat(startup.technologyAreas()).containsExactlyElementsOf(areas);
      }
      assertThat(startup.name()).isNotBlank();
      assertThat(startup.oneLiner()).isNotBlank();
      String language =
          startup.languages().isEmpty() ? "en" : startup.languages().iterator().next();
      if (language.equals("zh")) {
        chinese++;
        assertThat(startup.description().length()).isBetween(60, 250);
      } else {
        german += language.equals("de") ? 1 : 0;
        assertThat(startup.description().split(" "))
            .hasSizeBetween(ProfileWriter.MIN_WORDS, ProfileWriter.MAX_WORDS);
      }
      startup
          .foundedYear()
          .ifPresent(year -> assertThat(year).isBetween(1990, CorpusGenerator.REFERENCE_YEAR));
    }
    assertThat(german).isBetween(90, 210); // 5% of 3,000
    assertThat(chinese).isBetween(45, 135); // 3%
  }

  @Test
  void needsAreWrittenFromAreasOfTheTaxonomy() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    for (int i = 0; i < 500; i++) {
      Need need = CORPUS.need(i);
      List<String> areas = CORPUS.needAreas(i);
      assertThat(areas).hasSizeBetween(1, 2);
      assertThat(areas).allSatisfy(id -> assertThat(taxonomy.area(id)).isPresent());
      assertThat(need.title()).isNotBlank();
      assertThat(need.unit()).isPresent();
      assertThat(areas).containsAll(need.requiredAreas()).containsAll(need.preferredAreas());
      if (need.language().orElse("en").equals("en")) {
        assertThat(need.description().split(" ")).hasSizeBetween(40, 120);
      }
    }
  }
}
