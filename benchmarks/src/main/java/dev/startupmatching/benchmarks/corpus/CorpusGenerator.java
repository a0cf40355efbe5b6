package dev.startupmatching.benchmarks.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of synthetic startups and needs, for benchmarks at any scale.
 *
 * <p>Each startup has one to three technology areas of the built-in taxonomy, the first its main
 * focus; the areas' terms dominate its one-liner and its description of 30 to 120 words (English),
 * mixed with general business words of Zipf-like frequencies. About 5% of profiles are German and
 * 3% Chinese, where the main area has words in those languages. Stage, readiness level,
 * headquarters, regions, team size, founding year and funding follow the stage, and some are
 * unknown, as in real data. Each need is written as a carmaker's business unit writes one, from the
 * words of one or two areas, with constraints on some of them; it is meant to find the startups of
 * its first area.
 *
 * <p>Record {@code i} depends only on the seed and {@code i}: the same seed gives the same records
 * however they are consumed (in order, by index, in parallel, in part). Nothing is held in memory
 * but the vocabulary, so {@link #startups} streams a million profiles. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CorpusGenerator corpus = CorpusGenerator.withSeed(42);
 * index.upsertAll(corpus.startups(100_000)::iterator);
 * List<Need> needs = corpus.needs(200).toList();
 * }</pre>
 */
public final class CorpusGenerator {
  /** The year the corpus is written in: founding years and ages are counted from it. */
  public static final int REFERENCE_YEAR = 2025;

  private static final long STARTUP_STREAM = 1;
  private static final long NEED_STREAM = 2;

  /** The order of the areas by popularity does not depend on the seed: only the records do. */
  private static final long POPULARITY_SEED = 0x5EED_A4EAL;

  /** Zipf exponent of area popularity: the most common area is about 60 times the rarest. */
  private static final double AREA_EXPONENT = 0.8;

  private final long seed;
  private final Words words;
  private final ProfileWriter profiles;
  private final NeedWriter needs;
  private final Ranked<Vocabulary.Area> areas;

  /** By language: the areas with terms in it, in the same order of popularity. */
  private final ImmutableMap<String, Ranked<Vocabulary.Area>> areasByLanguage;

  private final ImmutableListMultimap<String, Vocabulary.Area> siblings;
  private final Ranked<Vocabulary.Place> places;
  private final ImmutableList<String> syllables;
  private final ImmutableList<String> suffixes;

  private CorpusGenerator(long seed) {
    this.seed = seed;
    Vocabulary vocabulary = Vocabulary.builtIn();
    this.words = new Words(vocabulary);
    this.profiles = new ProfileWriter(words);
    this.needs = new NeedWriter(words);
    List<Vocabulary.Area> byPopularity = new ArrayList<>(vocabulary.areas().values());
    Rng shuffle = Rng.of(POPULARITY_SEED, 0, 0);
    for (int i = byPopularity.size() - 1; i > 0; i--) {
      byPopularity.set(i, byPopularity.set(shuffle.nextInt(i + 1), byPopularity.get(i)));
    }
    this.areas = Ranked.of(byPopularity, AREA_EXPONENT);
    this.areasByLanguage =
        ImmutableMap.of(
            "en",
            areas,
            "de",
            Ranked.of(
                byPopularity.stream().filter(a -> !a.terms("de").isEmpty()).toList(),
                AREA_EXPONENT),
            "zh",
            Ranked.of(
                byPopularity.stream().filter(a -> !a.terms("zh").isEmpty()).toList(),
                AREA_EXPONENT));
    ImmutableListMultimap.Builder<String, Vocabulary.Area> byParent =
        ImmutableListMultimap.builder();
    vocabulary.areas().values().forEach(area -> byParent.put(area.parent(), area));
    this.siblings = byParent.build();
    this.places = Ranked.of(vocabulary.places(), 0.7);
    this.syllables = vocabulary.words("syllables");
    this.suffixes = vocabulary.words("suffixes");
  }

  /** Returns the generator of the corpus of a seed. */
  public static CorpusGenerator withSeed(long seed) {
    return new CorpusGenerator(seed);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The id of startup {@code index}: {@code "s0000042"}. */
  public static String startupId(int index) {
    return "s" + pad(index);
  }

  /** The id of need {@code index}: {@code "n0000042"}. */
  public static String needId(int index) {
    return "n" + pad(index);
  }

  private static String pad(int index) {
    checkArgument(index >= 0, "index must not be negative but was %s", index);
    String digits = Integer.toString(index);
    return "0".repeat(Math.max(0, 7 - digits.length())) + digits;
  }

  /** Startups {@code 0} to {@code count - 1}, generated lazily in order. */
  public Stream<Startup> startups(int count) {
    checkArgument(count >= 0, "count must not be negative but was %s", count);
    return IntStream.range(0, count).mapToObj(this::startup);
  }

  /** Needs {@code 0} to {@code count - 1}, generated lazily in order. */
  public Stream<Need> needs(int count) {
    checkArgument(count >= 0, "count must not be negative but was %s", count);
    return IntStream.range(0, count).mapToObj(this::need);
  }

  /** The technology areas startup {@code index} is about, its main focus first. */
  public ImmutableList<String> startupAreas(int index) {
    return ids(startupFocus(rng(STARTUP_STREAM, index)).areas());
  }

  /** The technology areas need {@code index} is written from; it is meant to find the first's. */
  public ImmutableList<String> needAreas(int index) {
    return ids(needFocus(rng(NEED_STREAM, index)).areas());
  }

  private Rng rng(long stream, int index) {
    checkArgument(index >= 0, "index must not be negative but was %s", index);
    return Rng.of(seed, stream, index);
  }

  private static ImmutableList<String> ids(List<Vocabulary.Area> areas) {
    return areas.stream().map(Vocabulary.Area::id).collect(ImmutableList.toImmutableList());
  }

  /** The language a record is written in and the areas it is about, its main focus first. */
  private record Topic(String language, List<Vocabulary.Area> areas) {}

  /** One to three areas: the second and third often siblings of the first. */
  private Topic startupFocus(Rng rng) {
    String language = language(rng);
    double count = rng.nextDouble();
    return new Topic(language, focus(language, rng, count < 0.5 ? 1 : count < 0.85 ? 2 : 3));
  }

  /** One area, or two with a sibling second. */
  private Topic needFocus(Rng rng) {
    String language = language(rng);
    return new Topic(language, focus(language, rng, rng.chance(0.35) ? 2 : 1));
  }

  /** German with probability 5%, Chinese 3%, English otherwise. */
  private static String language(Rng rng) {
    double draw = rng.nextDouble();
    return draw < 0.05 ? "de" : draw < 0.08 ? "zh" : "en";
  }

  /** The areas of a record: the first one of those with terms in its language. */
  private List<Vocabulary.Area> focus(String language, Rng rng, int count) {
    Set<Vocabulary.Area> chosen = new LinkedHashSet<>();
    Vocabulary.Area first = areasByLanguage.get(language).draw(rng);
    chosen.add(first);
    for (int attempt = 0; chosen.size() < count && attempt < 10; attempt++) {
      List<Vocabulary.Area> family = siblings.get(first.parent());
      chosen.add(rng.chance(0.6) && family.size() > 1 ? rng.pick(family) : areas.draw(rng));
    }
    return List.copyOf(chosen);
  }

  /** Returns startup {@code index}. */
  public Startup startup(int index) {
    Rng rng = rng(STARTUP_STREAM, index);
    Topic topic = startupFocus(rng);
    String language = topic.language();
    List<Vocabulary.Area> focusAreas = topic.areas();
    Vocabulary.Place place = place(language, rng);
    Stage stage = rng.chance(0.08) ? null : stage(rng);
    Stage known = stage == null ? Stage.SEED : stage;
    Integer teamSize =
        rng.chance(0.12)
            ? null
            : Math.max(1, (int) Math.round(rng.logNormal(teamMedian(known), 0.5)));
    Integer founded =
        rng.chance(0.06)
            ? null
            : Math.max(
                1990, REFERENCE_YEAR - (int) Math.round(rng.logNormal(ageMedian(known), 0.4)));
    String name = name(rng);
    Words.Focus focus = words.focus(focusAreas, language);
    Startup.Builder startup =
        Startup.builder(startupId(index), name)
            .oneLiner(profiles.oneLiner(focus, language, rng))
            .description(
                profiles.description(
                    focus, language, new ProfileWriter.Facts(name, place, teamSize, founded), rng))
            .stage(stage)
            .country(place.country())
            .city(rng.chance(0.9) ? place.city() : null);
    if (rng.chance(0.55)) {
      startup.technologyAreas(ids(focusAreas));
    }
    int tags = rng.nextInt(4);
    Set<String> tagSet = new LinkedHashSet<>();
    for (int i = 0; i < tags; i++) {
      tagSet.add(focus.term(rng).toLowerCase(Locale.ROOT));
    }
    startup.tags(tagSet);
    if (!rng.chance(0.2)) {
      startup.readinessLevel(Math.max(1, Math.min(9, readiness(known) + rng.between(-1, 1))));
    }
    double regions = rng.nextDouble();
    if (regions < 0.7) {
      startup.regions(place.regions());
    } else if (regions < 0.85) {
      startup.regions(List.of(place.country()));
    }
    if (teamSize != null) {
      startup.teamSize(teamSize);
    }
    if (founded != null) {
      startup.foundedYear(founded);
    }
    if (!rng.chance(0.3)) {
      long usd = Math.round(rng.logNormal(fundingMedian(known), 0.7) / 10_000) * 10_000;
      startup.fundingUsd(usd);
    }
    if (rng.chance(0.85)) {
      startup.website("https://" + name.toLowerCase(Locale.ROOT).replace(" ", "") + ".example");
    }
    if (!language.equals("en") || rng.chance(0.8)) {
      startup.languages(List.of(language));
    }
    return startup.build();
  }

  /** Returns need {@code index}. */
  public Need need(int index) {
    Rng rng = rng(NEED_STREAM, index);
    Topic topic = needFocus(rng);
    String language = topic.language();
    List<Vocabulary.Area> focusAreas = topic.areas();
    Vocabulary.Area primary = focusAreas.get(0);
    String unit = words.vocabulary().unit(primary.topLevel());
    Words.Focus focus = words.focus(focusAreas, language);
    Need.Builder need =
        Need.builder(needId(index), needs.description(focus, language, unit, rng))
            .unit(unit)
            .title(needs.title(focus, language, rng));
    if (rng.chance(0.15)) {
      need.requiredAreas(List.of(primary.id()));
    }
    if (rng.chance(0.15)) {
      need.preferredAreas(List.of(focusAreas.getLast().id()));
    }
    if (rng.chance(0.2)) {
      need.preferredStages(
          rng.chance(0.5)
              ? List.of(Stage.SEED, Stage.SERIES_A, Stage.SERIES_B)
              : List.of(Stage.SERIES_A, Stage.SERIES_B, Stage.SERIES_C, Stage.GROWTH));
    }
    if (rng.chance(0.25)) {
      need.minReadinessLevel(rng.between(4, 7));
    }
    if (rng.chance(0.1)) {
      need.regions(List.of(rng.pick(List.of("Europe", "Germany", "China", "North America"))));
    }
    if (rng.chance(0.2)) {
      need.minTeamSize(rng.pick(List.of(5, 10, 20, 50)));
    }
    if (rng.chance(0.1)) {
      need.maxFundingUsd(rng.pick(List.of(5_000_000L, 20_000_000L, 50_000_000L)));
    }
    if (rng.chance(0.4)) {
      need.pilotTimeline("pilot at " + words.any("sites", rng) + " " + words.any("timelines", rng));
    }
    if (!language.equals("en") || rng.chance(0.7)) {
      need.language(language);
    }
    return need.build();
  }

  /** A headquarters: German profiles in German-speaking countries, Chinese ones in China. */
  private Vocabulary.Place place(String language, Rng rng) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Vocabulary.Place place = places.draw(rng);
      boolean fits =
          switch (language) {
            case "de" -> List.of("Germany", "Austria", "Switzerland").contains(place.country());
            case "zh" -> place.country().equals("China");
            default -> true;
          };
      if (fits) {
        return place;
      }
    }
    return places.items().get(0);
  }

  private String name(Rng rng) {
    StringBuilder name = new StringBuilder();
    int parts = rng.chance(0.7) ? 2 : 3;
    for (int i = 0; i < parts; i++) {
      name.append(rng.pick(syllables));
    }
    String base = Words.capitalize(name.toString());
    return rng.chance(0.6) ? base + " " + rng.pick(suffixes) : base;
  }

  private static Stage stage(Rng rng) {
    double draw = rng.nextDouble();
    double[] cumulative = {0.05, 0.20, 0.50, 0.72, 0.85, 0.92, 0.98, 1.0};
    Stage[] stages = Stage.values();
    for (int i = 0; i < stages.length; i++) {
      if (draw < cumulative[i]) {
        return stages[i];
      }
    }
    return Stage.PUBLIC;
  }

  private static int readiness(Stage stage) {
    return switch (stage) {
      case IDEA -> 2;
      case PRE_SEED -> 3;
      case SEED -> 4;
      case SERIES_A -> 6;
      case SERIES_B -> 7;
      case SERIES_C, GROWTH -> 8;
      case PUBLIC -> 9;
    };
  }

  private static double teamMedian(Stage stage) {
    return switch (stage) {
      case IDEA -> 3;
      case PRE_SEED -> 5;
      case SEED -> 12;
      case SERIES_A -> 35;
      case SERIES_B -> 90;
      case SERIES_C -> 200;
      case GROWTH -> 500;
      case PUBLIC -> 1500;
    };
  }

  private static double ageMedian(Stage stage) {
    return switch (stage) {
      case IDEA -> 1;
      case PRE_SEED -> 1.5;
      case SEED -> 2.5;
      case SERIES_A -> 4;
      case SERIES_B -> 6;
      case SERIES_C -> 8;
      case GROWTH -> 11;
      case PUBLIC -> 15;
    };
  }

  private static double fundingMedian(Stage stage) {
    return switch (stage) {
      case IDEA -> 50_000;
      case PRE_SEED -> 600_000;
      case SEED -> 3_000_000;
      case SERIES_A -> 15_000_000;
      case SERIES_B -> 45_000_000;
      case SERIES_C -> 120_000_000;
      case GROWTH -> 300_000_000;
      case PUBLIC -> 800_000_000;
    };
  }
}
