package dev.startupmatching.match;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import dev.startupmatching.place.Place;
import dev.startupmatching.place.Places;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hard constraints that a startup must meet to be matched at all.
 *
 * <p>The rules, which every {@link StartupMatcher} applies exactly as {@link #test} does:
 *
 * <ul>
 *   <li><b>stages</b>: when not empty, a startup whose stage is known must have one of them;
 *   <li><b>minimum readiness level</b>: when set, a startup whose level is known must reach it;
 *   <li><b>regions</b>: when not empty, a startup with any location (country, city or regions) must
 *       lie in one of them. A region that names a place ({@link Places#resolve}: "Europe", "EU",
 *       "DACH", "Deutschland", "DE") accepts a startup that has a {@linkplain Location#places
 *       place} inside it: a startup in Munich, Germany lies in each of those, while one that lists
 *       only "Europe" does not lie in "Germany". A region that names no place ("Munich", "Bavaria",
 *       "Remote") accepts a startup that has it among the {@linkplain Location#texts texts} of its
 *       country, city and regions and their comma-separated parts, compared without regard to case
 *       or surrounding spaces;
 *   <li><b>excluded ids</b>: a startup with one of these ids never matches.
 * </ul>
 *
 * <p>A startup that does not state an attribute is not filtered out by it: a profile that omits its
 * stage is still shown, and the scout decides. Instances are immutable and thread-safe.
 */
public final class Constraints implements Predicate<Startup> {
  private static final Constraints NONE =
      new Constraints(ImmutableSet.of(), null, ImmutableSet.of(), ImmutableSet.of());

  private final ImmutableSet<Stage> stages;
  private final Integer minReadinessLevel;
  private final ImmutableSet<String> regionKeys;
  private final ImmutableSet<Place> regionPlaces;
  private final ImmutableSet<String> regionTextKeys;
  private final ImmutableSet<String> excludedStartupIds;

  private Constraints(
      ImmutableSet<Stage> stages,
      Integer minReadinessLevel,
      ImmutableSet<String> regionKeys,
      ImmutableSet<String> excludedStartupIds) {
    this.stages = stages;
    this.minReadinessLevel = minReadinessLevel;
    this.regionKeys = regionKeys;
    this.excludedStartupIds = excludedStartupIds;
    ImmutableSet.Builder<Place> places = ImmutableSet.builder();
    ImmutableSet.Builder<String> texts = ImmutableSet.builder();
    for (String key : regionKeys) {
      Places.resolve(key).ifPresentOrElse(places::add, () -> texts.add(key));
    }
    this.regionPlaces = places.build();
    this.regionTextKeys = texts.build();
  }

  /** Returns constraints that every startup meets. */
  public static Constraints none() {
    return NONE;
  }

  /** Returns the hard constraints a need states. */
  public static Constraints of(Need need) {
    Builder builder =
        builder()
            .stages(need.preferredStages())
            .regions(need.regions())
            .excludedStartupIds(need.excludedStartupIds());
    need.minReadinessLevel().ifPresent(builder::minReadinessLevel);
    return builder.build();
  }

  /** Starts a builder with no constraints. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the form in which regions that name no place are compared with the {@linkplain
   * Location#texts texts} of a startup's location: stripped and lower-cased.
   *
   * <p>Implementations that index locations must index the texts in this form.
   */
  public static String regionKey(String region) {
    checkArgument(region != null, "region must not be null");
    return region.strip().toLowerCase(Locale.ROOT);
  }

  /** The accepted stages; empty means any. */
  public Set<Stage> stages() {
    return stages;
  }

  /** The lowest accepted readiness level, if any. */
  public OptionalInt minReadinessLevel() {
    return minReadinessLevel == null ? OptionalInt.empty() : OptionalInt.of(minReadinessLevel);
  }

  /** The accepted regions in {@link #regionKey} form; empty means anywhere. */
  public Set<String> regionKeys() {
    return regionKeys;
  }

  /**
   * The places the accepted regions name: a startup with a {@linkplain Location#places place} among
   * them is in one of them.
   */
  public Set<Place> regionPlaces() {
    return regionPlaces;
  }

  /**
   * The accepted regions that name no place, in {@link #regionKey} form: a startup with one of them
   * among the {@linkplain Location#texts texts} of its location is in one of them.
   */
  public Set<String> regionTextKeys() {
    return regionTextKeys;
  }

  /** Ids of startups that never match. */
  public Set<String> excludedStartupIds() {
    return excludedStartupIds;
  }

  /** Returns true when these constraints accept every startup. */
  public boolean isEmpty() {
    return stages.isEmpty()
        && minReadinessLevel == null
        && regionKeys.isEmpty()
        && excludedStartupIds.isEmpty();
  }

  /** Returns true when the startup meets every constraint, by the rules in the class Javadoc. */
  @Override
  public boolean test(Startup startup) {
    if (excludedStartupIds.contains(startup.id())) {
      return false;
    }
    if (!stages.isEmpty()
        && startup.stage().isPresent()
        && !stages.contains(startup.stage().get())) {
      return false;
    }
    if (minReadinessLevel != null
        && startup.readinessLevel().isPresent()
        && startup.readinessLevel().getAsInt() < minReadinessLevel) {
      return false;
    }
    return regionKeys.isEmpty() || !hasLocation(startup) || locatedInRegion(startup);
  }

  /** Returns true when the startup states a country, a city or a region. */
  public static boolean hasLocation(Startup startup) {
    return startup.country().isPresent()
        || startup.city().isPresent()
        || !startup.regions().isEmpty();
  }

  /**
   * Returns true when the startup lies in an accepted region, by the rules in the class Javadoc;
   * false when it states no location or lies in none.
   */
  public boolean locatedInRegion(Startup startup) {
    return locatedInRegion(Location.of(startup));
  }

  /**
   * Returns true when a startup at this location lies in an accepted region, by the rules in the
   * class Javadoc.
   */
  public boolean locatedInRegion(Location location) {
    checkArgument(location != null, "location must not be null");
    return location.places().stream().anyMatch(regionPlaces::contains)
        || (!regionTextKeys.isEmpty()
            && location.texts().stream().anyMatch(t -> regionTextKeys.contains(regionKey(t))));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Constraints that
        && stages.equals(that.stages)
        && Objects.equals(minReadinessLevel, that.minReadinessLevel)
        && regionKeys.equals(that.regionKeys)
        && excludedStartupIds.equals(that.excludedStartupIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stages, minReadinessLevel, regionKeys, excludedStartupIds);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("stages", stages.isEmpty() ? null : stages)
        .add("minReadinessLevel", minReadinessLevel)
        .add("regions", regionKeys.isEmpty() ? null : regionKeys)
        .add("excluded", excludedStartupIds.isEmpty() ? null : excludedStartupIds)
        .toString();
  }

  /** Builds {@link Constraints}; setters validate at once. Not thread-safe. */
  public static final class Builder {
    private ImmutableSet<Stage> stages = ImmutableSet.of();
    private Integer minReadinessLevel;
    private ImmutableSet<String> regionKeys = ImmutableSet.of();
    private ImmutableSet<String> excludedStartupIds = ImmutableSet.of();

    private Builder() {}

    /** Sets the accepted stages; empty means any. */
    public Builder stages(Iterable<Stage> stages) {
      checkArgument(stages != null, "stages must not be null");
      this.stages = Sets.immutableEnumSet(stages);
      return this;
    }

    /** Sets the lowest accepted readiness level, from 1 to 9. */
    public Builder minReadinessLevel(int level) {
      this.minReadinessLevel = Startup.checkReadinessLevel("minReadinessLevel", level);
      return this;
    }

    /**
     * Sets the accepted countries, regions, or other places such as cities, in any text {@link
     * Places#resolve} reads; empty means anywhere.
     */
    public Builder regions(Iterable<String> regions) {
      checkArgument(regions != null, "regions must not be null");
      ImmutableSet.Builder<String> keys = ImmutableSet.builder();
      for (String region : regions) {
        keys.add(regionKey(region));
      }
      this.regionKeys = keys.build();
      return this;
    }

    /** Sets the ids of startups that never match. */
    public Builder excludedStartupIds(Iterable<String> ids) {
      checkArgument(ids != null, "excludedStartupIds must not be null");
      this.excludedStartupIds = ImmutableSet.copyOf(ids);
      return this;
    }

    /** Returns the constraints. */
    public Constraints build() {
      return new Constraints(stages, minReadinessLevel, regionKeys, excludedStartupIds);
    }
  }
}
