package dev.startupmatching.lucene;

import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of random startups and needs for property tests: texts from a small vocabulary, so
 * that needs and profiles share words, and every attribute present or missing.
 */
final class RandomStartups {
  static final List<String> VOCABULARY =
      List.of(
          "lidar",
          "radar",
          "camera",
          "perception",
          "battery",
          "recycling",
          "charging",
          "hydrogen",
          "fleet",
          "logistics",
          "software",
          "sensor",
          "robot",
          "welding",
          "paint",
          "inspection",
          "simulation",
          "maps",
          "cloud",
          "security",
          "the",
          "and",
          "for",
          "Batterie",
          "Fahrzeug",
          "电池",
          "自动驾驶");

  static final List<String> PLACES =
      List.of("Germany", "china", "Shanghai", " Munich ", "Europe", "ITALY", "Asia");

  static final List<String> AREAS =
      List.of(
          "automated-driving",
          "automated-driving.lidar",
          "electrification.battery",
          "electrification.battery.recycling",
          "electrification.charging",
          "not-an-area");

  private RandomStartups() {}

  /** A value from the list, or null about one time in {@code list.size() + 1}. */
  static <T> Gen<T> maybe(List<T> values) {
    List<T> withNull = new ArrayList<>(values);
    withNull.add(null);
    return Generate.pick(withNull);
  }

  /** Between {@code min} and {@code max} words of the vocabulary, joined by spaces. */
  static Gen<String> text(int min, int max) {
    return SourceDSL.lists()
        .of(Generate.pick(VOCABULARY))
        .ofSizeBetween(min, max)
        .map(words -> String.join(" ", words));
  }

  /** A startup whose id is random but ends with {@code index}, so that ids in a corpus differ. */
  static Gen<Startup> startup(int index) {
    Gen<String> idPrefix = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6);
    Gen<Integer> teamSizes = maybe(List.of(1, 4, 12, 50, 300, 5000));
    Gen<Long> funding = maybe(List.of(0L, 250_000L, 3_000_000L, 40_000_000L, 2_000_000_000L));
    Gen<Integer> years = maybe(List.of(1995, 2010, 2019, 2023, 2026));
    Gen<String> languages = maybe(List.of("en", "de", "zh"));
    return in -> {
      // Any printable ASCII but a space, which no id may hold.
      String prefix = idPrefix.generate(in).replace(" ", "");
      Startup.Builder b =
          Startup.builder((prefix.isEmpty() ? "s" : prefix) + "-" + index, text(1, 3).generate(in))
              .description(text(0, 25).generate(in))
              .technologyAreas(
                  SourceDSL.lists().of(Generate.pick(AREAS)).ofSizeBetween(0, 2).generate(in))
              .stage(maybe(List.of(Stage.values())).generate(in))
              .country(maybe(PLACES).generate(in))
              .city(maybe(PLACES).generate(in))
              .regions(
                  SourceDSL.lists().of(Generate.pick(PLACES)).ofSizeBetween(0, 2).generate(in));
      Integer level = maybe(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)).generate(in);
      if (level != null) {
        b.readinessLevel(level);
      }
      Integer team = teamSizes.generate(in);
      if (team != null) {
        b.teamSize(team);
      }
      Long usd = funding.generate(in);
      if (usd != null) {
        b.fundingUsd(usd);
      }
      Integer year = years.generate(in);
      if (year != null) {
        b.foundedYear(year);
      }
      String language = languages.generate(in);
      if (language != null) {
        b.languages(List.of(language));
      }
      return b.build();
    };
  }

  /** Between {@code min} and {@code max} startups with distinct ids. */
  static Gen<List<Startup>> corpus(int min, int max) {
    return in -> {
      int size = SourceDSL.integers().between(min, max).generate(in);
      List<Startup> startups = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        startups.add(startup(i).generate(in));
      }
      return startups;
    };
  }

  /** A need with random text and constraints; it may exclude some of the corpus's startups. */
  static Gen<Need> need(List<Startup> corpus) {
    return in -> {
      Need.Builder b = Need.builder("n", text(1, 12).generate(in));
      if (SourceDSL.booleans().all().generate(in)) {
        b.title(text(1, 4).generate(in));
      }
      b.preferredStages(
          SourceDSL.lists().of(Generate.enumValues(Stage.class)).ofSizeBetween(0, 3).generate(in));
      Integer level = maybe(List.of(1, 3, 5, 7, 9)).generate(in);
      if (level != null) {
        b.minReadinessLevel(level);
      }
      b.regions(SourceDSL.lists().of(Generate.pick(PLACES)).ofSizeBetween(0, 2).generate(in));
      if (!corpus.isEmpty()) {
        b.excludedStartupIds(
            SourceDSL.lists()
                .of(Generate.pick(corpus).map(Startup::id))
                .ofSizeBetween(0, 3)
                .generate(in));
      }
      b.requiredAreas(SourceDSL.lists().of(Generate.pick(AREAS)).ofSizeBetween(0, 1).generate(in));
      b.preferredAreas(SourceDSL.lists().of(Generate.pick(AREAS)).ofSizeBetween(0, 2).generate(in));
      Integer minTeam = maybe(List.of(1, 10, 100)).generate(in);
      if (minTeam != null) {
        b.minTeamSize(minTeam);
      }
      Long maxFunding = maybe(List.of(0L, 1_000_000L, 50_000_000L)).generate(in);
      if (maxFunding != null) {
        b.maxFundingUsd(maxFunding);
      }
      return b.build();
    };
  }
}
