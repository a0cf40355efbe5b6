package com.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Matches;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's queries against the installed library, on its built-in example startups. */
class PortalTest {
  private static final Need NEED =
      Need.builder("charging", "Fast charging stations for electric trucks").build();

  @TempDir Path directory;

  @Test
  void answersThePortalsQueriesAndSeesUpsertsAfterReopening() throws Exception {
    try (Portal portal = Portal.open(directory)) {
      portal.save(SampleData.startups());

      Matches first = portal.search(NEED, 1);
      Matches second = portal.search(NEED, 2);
      assertEquals(Portal.PAGE_SIZE, first.size());
      assertEquals(Portal.PAGE_SIZE + 1, second.get(0).rank());
      assertTrue(first.get(Portal.PAGE_SIZE - 1).score() >= second.get(0).score());

      Matches filtered = portal.searchYoungAndSmall(NEED, 2019, 20_000_000);
      assertFalse(filtered.isEmpty());
      for (Match match : filtered) {
        assertTrue(match.startup().foundedYear().getAsInt() >= 2019);
        assertTrue(match.startup().fundingUsd().getAsLong() <= 20_000_000);
      }

      FacetCounts facets = portal.facets(NEED);
      long staged = facets.counts(Facet.STAGE).values().stream().mapToLong(Long::longValue).sum();
      assertEquals(facets.total(), staged);
      long seed = facets.counts(Facet.STAGE).getOrDefault("seed", 0L);
      assertTrue(seed > 0);
      assertTrue(portal.searchAtStages(NEED, Set.of(Stage.SEED)).size() <= seed);

      String id = first.get(0).startup().id();
      Matches like = portal.moreLikeThis(id);
      assertFalse(like.isEmpty());
      assertTrue(like.stream().noneMatch(m -> m.startup().id().equals(id)));

      portal.save(
          List.of(
              Startup.builder("hydrolift", "Hydrolift")
                  .description("Hydrogen refuelling stations for heavy trucks at depots.")
                  .build()));
    }
    try (Portal reopened = Portal.open(directory)) {
      assertEquals(SampleData.startups().size() + 1, reopened.size());
      Need hydrogen = Need.builder("h2", "hydrogen refuelling for trucks").build();
      assertEquals("hydrolift", reopened.search(hydrogen, 1).get(0).startup().id());
    }
  }
}
