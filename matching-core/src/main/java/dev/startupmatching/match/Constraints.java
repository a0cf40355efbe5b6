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
import java.util.OptionalLong;
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
 *   <li><b>excluded ids</b>: a startup with one of these ids never matches;
 *   <li><b>tags</b>: when not empty, a startup must have one of them, compared without regard to
 *       case or surrounding spaces;
 *   <li><b>founding years</b>: when a bound is set, a startup must state its founding year, and the
 *       year must lie within the bounds (both inclusive);
 *   <li><b>funding</b>: when a bound is set, a startup must state its funding in US dollars, and it
 *       must lie within the bounds (both inclusive).
 * </ul>
 *
 * <p>For stages, readiness and regions, which a need states about itself, a startup that does not
 * state the attribute is not filtered out by it: a profile that omits its stage is still shown, and
 * the scout decides. Tags, founding years and funding are filters that a portal's user picks, as in
 * a search engine: a startup must state the value to pass. Instances are immutable and thread-safe.
 */
public final class Constraints implements Predicate<Startup> {
  private static final Constraints NONE = new Builder().build();

  private final ImmutableSet<Stage> stages;
  private final Integer minReadinessLevel;
  private final ImmutableSet<String> regionKeys;
  private final ImmutableSet<Place> regionPlaces;
  private final ImmutableSet<String> regionTextKeys;
  private final ImmutableSet<String> excludedStartupIds;
  private final ImmutableSet<String> tagKeys;
  private final Integer foundedFrom;
  private final Integer foundedTo;
  private final Long minFundingUsd;
  private final Long maxFundingUsd;

  private Constraints(Builder b) {
    this.stages = b.stages;
    this.minReadinessLevel = b.minReadinessLevel;
    this.regionKeys = b.regionKeys;
    this.excludedStartupIds = b.excludedStartupIds;
    this.tagKeys = b.tagKeys;
    this.foundedFrom = b.foundedFrom;
    this.foundedTo = b.foundedTo;
    this.minFundingUsd = b.minFundingUsd;
    this.maxFundingUsd = b.maxFundingUsd;
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
        && excludedStartupIds.isEmpty()
        && tagKeys.isEmpty()
        && foundedFrom == null
        && foundedTo == null
        && minFundingUsd == null
        && maxFundingUsd == null;
  }

  /** The accepted tags, as {@link #tagKey} normalises them; empty means any. */
  public Set<String> tagKeys() {
    return tagKeys;
  }

  /** The earliest accepted founding year, if one is set. */
  public OptionalInt foundedFrom() {
    return foundedFrom == null ? OptionalInt.empty() : OptionalInt.of(foundedFrom);
  }

  /** The latest accepted founding year, if one is set. */
  public OptionalInt foundedTo() {
    return foundedTo == null ? OptionalInt.empty() : OptionalInt.of(foundedTo);
  }

  /** The least accepted funding in US dollars, if one is set. */
  public OptionalLong minFundingUsd() {
    return minFundingUsd == null ? OptionalLong.empty() : OptionalLong.of(minFundingUsd);
  }

  /** The most accepted funding in US dollars, if one is set. */
  public OptionalLong maxFundingUsd() {
    return maxFundingUsd == null ? OptionalLong.empty() : OptionalLong.of(maxFundingUsd);
  }

  /** A tag as filters compare it: stripped of surrounding spaces and in lower case. */
  public static String tagKey(String tag) {
    checkArgument(tag != null, "tag must not be null");
    return tag.strip().toLowerCase(Locale.ROOT);
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
    if (!regionKeys.isEmpty() && hasLocation(startup) && !locatedInRegion(startup)) {
      return false;
    }
    if (!tagKeys.isEmpty()
        && startup.tags().stream().map(Constraints::tagKey).noneMatch(tagKeys::contains)) {
      return false;
    }
    return within(startup.foundedYear(), foundedFrom, foundedTo)
        && within(startup.fundingUsd(), minFundingUsd, maxFundingUsd);
  }

  /** True without bounds; with a bound, the value must be present and within the bounds. */
  private static boolean within(OptionalInt value, Integer min, Integer max) {
    return (min == null && max == null)
        || (value.isPresent()
            && (min == null || value.getAsInt() >= min)
            && (max == null || value.getAsInt() <= max));
  }

  private static boolean within(OptionalLong value, Long min, Long max) {
    return (min == null && max == null)
        || (value.isPresent()
            && (min == null || value.getAsLong() >= min)
            && (max == null || value.getAsLong() <= max));
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
        && excludedStartupIds.equals(that.excludedStartupIds)
        && tagKeys.equals(that.tagKeys)
        && Objects.equals(foundedFrom, that.foundedFrom)
        && Objects.equals(foundedTo, that.foundedTo)
        && Objects.equals(minFundingUsd, that.minFundingUsd)
        && Objects.equals(maxFundingUsd, that.maxFundingUsd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        stages,
        minReadinessLevel,
        regionKeys,
        excludedStartupIds,
        tagKeys,
        foundedFrom,
        foundedTo,
        minFundingUsd,
        maxFundingUsd);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("stages", stages.isEmpty() ? null : stages)
        .add("minReadinessLevel", minReadinessLevel)
        .add("regions", regionKeys.isEmpty() ? null : regionKeys)
        .add("excluded", excludedStartupIds.isEmpty() ? null : excludedStartupIds)
        .add("tags", tagKeys.isEmpty() ? null : tagKeys)
        .add("foundedFrom", foundedFrom)
        .add("foundedTo", foundedTo)
        .add("minFundingUsd", minFundingUsd)
        .add("maxFundingUsd", maxFundingUsd)
        .toString();
  }

  /** Builds {@link Constraints}; setters validate at once. Not thread-safe. */
  public static final class Builder {
    private ImmutableSet<Stage> stages = ImmutableSet.of();
    private Integer minReadinessLevel;
    private ImmutableSet<String> regionKeys = ImmutableSet.of();
    private ImmutableSet<String> excludedStartupIds = ImmutableSet.of();
    private ImmutableSet<String> tagKeys = ImmutableSet.of();
    private Integer foundedFrom;
    private Integer foundedTo;
    private Long minFundingUsd;
    private Long maxFundingUsd;

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

    /** Sets the accepted tags; a startup must have one of them. Empty means any. */
    public Builder tags(Iterable<String> tags) {
      checkArgument(tags != null, "tags must not be null");
      ImmutableSet.Builder<String> keys = ImmutableSet.builder();
      for (String tag : tags) {
        String key = tagKey(tag);
        checkArgument(!key.isEmpty(), "tags must not be blank");
        keys.add(key);
      }
      this.tagKeys = keys.build();
      return this;
    }

    /** Sets the earliest accepted founding year; a startup must state a year to pass. */
    public Builder foundedFrom(int year) {
      this.foundedFrom = year;
      return this;
    }

    /** Sets the latest accepted founding year; a startup must state a year to pass. */
    public Builder foundedTo(int year) {
      this.foundedTo = year;
      return this;
    }

    /** Sets the least accepted funding in US dollars; a startup must state its funding to pass. */
    public Builder minFundingUsd(long usd) {
      checkArgument(usd >= 0, "minFundingUsd must not be negative, was %s", usd);
      this.minFundingUsd = usd;
      return this;
    }

    /** Sets the most accepted funding in US dollars; a startup must state its funding to pass. */
    public Builder maxFundingUsd(long usd) {
      checkArgument(usd >= 0, "maxFundingUsd must not be negative, was %s", usd);
      this.maxFundingUsd = usd;
      return this;
    }

    /**
     * Returns the constraints.
     *
     * @throws IllegalArgumentException if a range's lower bound exceeds its upper bound
     */
    public Constraints build() {
      checkArgument(
          foundedFrom == null || foundedTo == null || foundedFrom <= foundedTo,
          "foundedFrom %s is after foundedTo %s",
          foundedFrom,
          foundedTo);
      checkArgument(
          minFundingUsd == null || maxFundingUsd == null || minFundingUsd <= maxFundingUsd,
          "minFundingUsd %s exceeds maxFundingUsd %s",
          minFundingUsd,
          maxFundingUsd);
      return new Constraints(this);
    }
  }
}
