package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A problem a business unit wants a startup to solve, with the constraints a match must meet.
 *
 * <p>The {@link #title} and {@link #description} are free text and drive relevance. The hard
 * constraints ({@link #preferredStages}, {@link #minReadinessLevel}, {@link #regions} and {@link
 * #excludedStartupIds}) filter candidates: see {@code dev.startupmatching.match.Constraints} for
 * the exact rules. Technology areas are soft signals for the ranking.
 *
 * <p>Instances are immutable and thread-safe. Only {@link #id} and {@link #description} are
 * required.
 */
public final class Need {
  private final String id;
  private final String unit;
  private final String title;
  private final String description;
  private final ImmutableSet<String> requiredAreas;
  private final ImmutableSet<String> preferredAreas;
  private final ImmutableSet<Stage> preferredStages;
  private final Integer minReadinessLevel;
  private final ImmutableSet<String> regions;
  private final ImmutableSet<String> excludedStartupIds;
  private final Integer minTeamSize;
  private final Long maxFundingUsd;
  private final String pilotTimeline;
  private final String language;

  private Need(Builder b) {
    this.id = b.id;
    this.unit = b.unit;
    this.title = b.title;
    this.description = b.description;
    this.requiredAreas = b.requiredAreas;
    this.preferredAreas = b.preferredAreas;
    this.preferredStages = b.preferredStages;
    this.minReadinessLevel = b.minReadinessLevel;
    this.regions = b.regions;
    this.excludedStartupIds = b.excludedStartupIds;
    this.minTeamSize = b.minTeamSize;
    this.maxFundingUsd = b.maxFundingUsd;
    this.pilotTimeline = b.pilotTimeline;
    this.language = b.language;
  }

  /**
   * Starts a builder for a need with the given id and description, its two required fields.
   *
   * <p>A builder's arguments are the fields a record of its type is known by, so they differ on
   * purpose between types: a need is known by its description, the text it is matched by, since its
   * title is optional; a startup ({@link Startup#builder(String, String)}) by its name.
   */
  public static Builder builder(String id, String description) {
    return new Builder().id(id).description(description);
  }

  /** Starts an empty builder; {@code id} and {@code description} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this need's attributes, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.unit = unit;
    b.title = title;
    b.description = description;
    b.requiredAreas = requiredAreas;
    b.preferredAreas = preferredAreas;
    b.preferredStages = preferredStages;
    b.minReadinessLevel = minReadinessLevel;
    b.regions = regions;
    b.excludedStartupIds = excludedStartupIds;
    b.minTeamSize = minTeamSize;
    b.maxFundingUsd = maxFundingUsd;
    b.pilotTimeline = pilotTimeline;
    b.language = language;
    return b;
  }

  /** The unique identifier of this need. Never blank. */
  public String id() {
    return id;
  }

  /** The id or name of the business unit that owns the need, if given. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** A short title; empty when none was given. */
  public String title() {
    return title;
  }

  /** The problem statement. Never null; may be blank. */
  public String description() {
    return description;
  }

  /** The title and the description joined by a newline: the text to match against. */
  public String text() {
    return title.isEmpty() ? description : title + "\n" + description;
  }

  /** Technology area ids a startup must cover to fit well. */
  public Set<String> requiredAreas() {
    return requiredAreas;
  }

  /** Technology area ids that make a startup a better fit. */
  public Set<String> preferredAreas() {
    return preferredAreas;
  }

  /** The maturity stages the unit accepts; empty means any stage. */
  public Set<Stage> preferredStages() {
    return preferredStages;
  }

  /** The lowest acceptable technology readiness level, if any. */
  public OptionalInt minReadinessLevel() {
    return minReadinessLevel == null ? OptionalInt.empty() : OptionalInt.of(minReadinessLevel);
  }

  /** Countries, cities or regions a startup must work in; empty means anywhere. */
  public Set<String> regions() {
    return regions;
  }

  /** Ids of startups that must not be proposed, such as current suppliers. */
  public Set<String> excludedStartupIds() {
    return excludedStartupIds;
  }

  /**
   * The smallest team the unit trusts to run a pilot, if stated. A soft preference: ranking lowers
   * smaller teams but does not drop them.
   */
  public OptionalInt minTeamSize() {
    return minTeamSize == null ? OptionalInt.empty() : OptionalInt.of(minTeamSize);
  }

  /**
   * The most funding, in US dollars, a startup may have raised to fit, if stated (for units that
   * look for early companies). A soft preference, like {@link #minTeamSize}.
   */
  public OptionalLong maxFundingUsd() {
    return maxFundingUsd == null ? OptionalLong.empty() : OptionalLong.of(maxFundingUsd);
  }

  /** When and where the unit wants to run the pilot, as free text, if stated. */
  public Optional<String> pilotTimeline() {
    return Optional.ofNullable(pilotTimeline);
  }

  /** The language code of the need's text, if stated. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Need that)) {
      return false;
    }
    return id.equals(that.id)
        && Objects.equals(unit, that.unit)
        && title.equals(that.title)
        && description.equals(that.description)
        && requiredAreas.equals(that.requiredAreas)
        && preferredAreas.equals(that.preferredAreas)
        && preferredStages.equals(that.preferredStages)
        && Objects.equals(minReadinessLevel, that.minReadinessLevel)
        && regions.equals(that.regions)
        && excludedStartupIds.equals(that.excludedStartupIds)
        && Objects.equals(minTeamSize, that.minTeamSize)
        && Objects.equals(maxFundingUsd, that.maxFundingUsd)
        && Objects.equals(pilotTimeline, that.pilotTimeline)
        && Objects.equals(language, that.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        unit,
        title,
        description,
        requiredAreas,
        preferredAreas,
        preferredStages,
        minReadinessLevel,
        regions,
        excludedStartupIds,
        minTeamSize,
        maxFundingUsd,
        pilotTimeline,
        language);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("id", id)
        .add("unit", unit)
        .add("title", title)
        .toString();
  }

  /**
   * Builds {@link Need} instances. Setters validate their argument at once and throw {@link
   * IllegalArgumentException} naming the attribute. Builders are not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String unit;
    private String title = "";
    private String description;
    private ImmutableSet<String> requiredAreas = ImmutableSet.of();
    private ImmutableSet<String> preferredAreas = ImmutableSet.of();
    private ImmutableSet<Stage> preferredStages = ImmutableSet.of();
    private Integer minReadinessLevel;
    private ImmutableSet<String> regions = ImmutableSet.of();
    private ImmutableSet<String> excludedStartupIds = ImmutableSet.of();
    private Integer minTeamSize;
    private Long maxFundingUsd;
    private String pilotTimeline;
    private String language;

    private Builder() {}

    /**
     * Sets the unique id: not blank, at most 256 characters, with no white space or control
     * character (see {@link Ids}).
     */
    public Builder id(String id) {
      this.id = Text.requireId("id", id);
      return this;
    }

    /** Sets the owning unit's id or name; null or blank means none. */
    public Builder unit(String unit) {
      this.unit = Text.blankToNull("unit", unit);
      return this;
    }

    /** Sets the title: not null, may be empty. */
    public Builder title(String title) {
      this.title = Text.requireNonNull("title", title, Startup.MAX_SHORT_TEXT_LENGTH);
      return this;
    }

    /** Sets the problem statement: not null. */
    public Builder description(String description) {
      this.description =
          Text.requireNonNull("description", description, Startup.MAX_LONG_TEXT_LENGTH);
      return this;
    }

    /** Sets the technology areas a startup must cover, by id: no white space in an id. */
    public Builder requiredAreas(Iterable<String> areaIds) {
      this.requiredAreas = Text.idSet("requiredAreas", areaIds, Startup.MAX_SHORT_TEXT_LENGTH);
      return this;
    }

    /** Sets the technology areas that make a startup a better fit, by id. */
    public Builder preferredAreas(Iterable<String> areaIds) {
      this.preferredAreas = Text.idSet("preferredAreas", areaIds, Startup.MAX_SHORT_TEXT_LENGTH);
      return this;
    }

    /** Sets the accepted maturity stages; empty means any. */
    public Builder preferredStages(Iterable<Stage> stages) {
      checkArgument(stages != null, "preferredStages must not be null");
      for (Stage stage : stages) {
        checkArgument(stage != null, "preferredStages must not contain null");
      }
      this.preferredStages = Sets.immutableEnumSet(stages);
      return this;
    }

    /** Sets the lowest acceptable readiness level, from 1 to 9. */
    public Builder minReadinessLevel(int level) {
      this.minReadinessLevel = Startup.checkReadinessLevel("minReadinessLevel", level);
      return this;
    }

    /** Sets the countries, cities or regions a startup must work in. */
    public Builder regions(Iterable<String> regions) {
      this.regions = Text.nonBlankSet("regions", regions);
      return this;
    }

    /**
     * Sets the ids of startups that must not be proposed: each a valid startup id, since no other
     * could match a startup.
     */
    public Builder excludedStartupIds(Iterable<String> startupIds) {
      this.excludedStartupIds = Text.idSet("excludedStartupIds", startupIds, Ids.MAX_LENGTH);
      return this;
    }

    /** Sets the smallest preferred team size: at least 1. */
    public Builder minTeamSize(int teamSize) {
      checkArgument(teamSize >= 1, "minTeamSize must be at least 1 but was %s", teamSize);
      this.minTeamSize = teamSize;
      return this;
    }

    /** Sets the most preferred funding raised, in US dollars: not negative. */
    public Builder maxFundingUsd(long usd) {
      checkArgument(usd >= 0, "maxFundingUsd must not be negative but was %s", usd);
      this.maxFundingUsd = usd;
      return this;
    }

    /** Sets when and where the pilot should run, as free text; null or blank means unstated. */
    public Builder pilotTimeline(String pilotTimeline) {
      this.pilotTimeline = Text.blankToNull("pilotTimeline", pilotTimeline);
      return this;
    }

    /** Sets the language code of the text, such as {@code "de"}; null means unstated. */
    public Builder language(String language) {
      this.language = language == null ? null : Text.requireLanguage("language", language);
      return this;
    }

    /**
     * Returns the need.
     *
     * @throws IllegalStateException if {@code id} or {@code description} is unset
     */
    public Need build() {
      checkState(id != null, "id is required");
      checkState(description != null, "description is required");
      return new Need(this);
    }
  }
}
