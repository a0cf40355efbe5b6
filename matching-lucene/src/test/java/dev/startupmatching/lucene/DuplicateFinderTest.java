package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  @Test
  void theSameCompanyFromTwoSourcesIsAPairAndLookalikesAreNot() throws Exception {
    List<Startup> startups =
        List.of(
            Startup.builder("crunch-17", "Photon Scan GmbH").description("Lidar for cars.").build(),
            Startup.builder("yc-4", "PhotonScan").description("Laser scanner for cars.").build(),
            Startup.builder("yc-9", "Beamline").description("Lidar for cars.").build(),
            Startup.builder("yc-12", "Lunchbox").description("Lunch, delivered.").build());
    List<Integer> progress = new ArrayList<>();
    try (StartupIndex index =
        StartupIndex.inMemory(
            Taxonomy.builtIn(), new SemanticRetrievalTest.MeaningModel("meanings/1"))) {
      index.upsertAll(startups);
      index.refresh();

      List<DuplicateFinder.Pair> pairs = DuplicateFinder.find(index, 0.7, progress::add);

      assertThat(pairs)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.first().id()).isEqualTo("crunch-17");
                assertThat(p.second().id()).isEqualTo("yc-4");
                assertThat(p.nameSimilarity()).isEqualTo(1);
                assertThat(p.confidence()).isGreaterThan(0.9);
              });
      assertThat(progress).last().isEqualTo(4);
    }
  }

  @Test
  void namesAreComparedWithoutCaseAccentsPunctuationOrLegalForms() {
    assertThat(DuplicateFinder.nameSimilarity("Zürich Mobility AG", "zurich-mobility"))
        .isEqualTo(1);
    assertThat(DuplicateFinder.nameSimilarity("Acme Robotics Inc.", "Acme Robotic"))
        .isBetween(0.8, 1.0);
    assertThat(DuplicateFinder.nameSimilarity("Acme", "Lunchbox")).isLessThan(0.2);
    assertThat(DuplicateFinder.nameSimilarity("GmbH", "Acme")).isZero();
  }

  @Test
  void anIndexWithoutVectorsIsRefused() throws Exception {
    try (StartupIndex index = StartupIndex.inMemory()) {
      assertThatThrownBy(() -> DuplicateFinder.find(index, 0.5, n -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("embedding model");
    }
  }
}
