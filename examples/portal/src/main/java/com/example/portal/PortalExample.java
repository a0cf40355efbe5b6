package com.example.portal;

import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.Matches;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Runs the portal on the library's built-in example startups and prints what it answers. */
public final class PortalExample {
  private PortalExample() {}

  /**
   * Runs the example.
   *
   * @param args an index directory to create or reuse; a temporary one without it
   */
  public static void main(String[] args) throws IOException {
    Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("portal");
    try (Portal portal = Portal.open(directory)) {
      portal.save(SampleData.startups());
      System.out.println(portal.size() + " startups in " + directory);

      Need need = Need.builder("charging", "Fast charging stations for electric trucks").build();
      print("page 1", portal.search(need, 1));
      print("page 2", portal.search(need, 2));
      print(
          "founded 2019 or later, at most $20M",
          portal.searchYoungAndSmall(need, 2019, 20_000_000));
      print("seed stage", portal.searchAtStages(need, Set.of(Stage.SEED)));

      FacetCounts facets = portal.facets(need);
      System.out.println("\n" + facets.total() + " startups found");
      for (Facet facet : facets.facets()) {
        System.out.println("  " + facet + ": " + facets.counts(facet));
      }

      String first = portal.search(need, 1).get(0).startup().id();
      print("more like " + first, portal.moreLikeThis(first));

      Startup edited =
          Startup.builder("hydrolift", "Hydrolift")
              .description("Hydrogen refuelling stations for heavy electric trucks at depots.")
              .stage(Stage.SEED)
              .foundedYear(2024)
              .build();
      portal.save(List.of(edited));
      print(
          "after adding Hydrolift",
          portal.search(Need.builder("h2", "hydrogen refuelling for trucks").build(), 1));
    }
  }

  private static void print(String title, Matches matches) {
    System.out.println("\n" + title);
    for (Match match : matches) {
      System.out.printf("  %2d  %.3f  %s%n", match.rank(), match.score(), match.startup().name());
    }
    matches.noMatchReason().ifPresent(reason -> System.out.println("  (" + reason + ")"));
  }
}
