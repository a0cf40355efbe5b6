package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A startup profile: what the company does, how mature it is and where it works.
 *
 * <p>Instances are immutable and thread-safe. Only {@link #id}, {@link #name} and {@link
 * #description} are required; every other attribute is optional and reported as empty when unknown.
 * Strings are stripped of surrounding white space. Two startups are equal when all their attributes
 * are equal.
 *
 * <pre>{@code
 * Startup lidarCo = Startup.builder("s-1", "LidarCo")
 *     .description("Solid-state lidar for series vehicles.")
 *     .stage(Stage.SEED)
 *     .readinessLevel(6)
 *     .country("Germany")
 *     .build();
 * }</pre>
 */
public final class Startup {
  /** The lowest technology readiness level. */
  public static final int MIN_READINESS_LEVEL = 1;

  /** The highest technology readiness level. */
  public static final int MAX_READINESS_LEVEL = 9;

  /**
   * The longest short text accepted, in characters: names, one-liners, titles, places, websites,
   * units, tags and area ids, of startups, needs and business units alike.
   */
  public static final int MAX_SHORT_TEXT_LENGTH = 1_000;

  /** The longest description accepted, in characters, of startups, needs and business units. */
  public static final int MAX_LONG_TEXT_LENGTH = 1_000_000;

  /**
   * Returns the level if it is a technology readiness level, from 1 to 9.
   *
   * @param attribute names the level in the error message, such as {@code "minReadinessLevel"}
   * @throws IllegalArgumentException naming the attribute otherwise
   */
  public static int checkReadinessLevel(String attribute, int level) {
    checkArgument(
        level >= MIN_READINESS_LEVEL && level <= MAX_READINESS_LEVEL,
        "%s must be between %s and %s but was %s",
        attribute,
        MIN_READINESS_LEVEL,
        MAX_READINESS_LEVEL,
        level);
    return level;
  }

  private final String id;
  private final String name;
  private final String description;
  private final String oneLiner;
  private final ImmutableSet<String> technologyAreas;
  private final ImmutableSet<String> tags;
  private final Stage stage;
  private final Integer readinessLevel;
  private final String country;
  private final String city;
  private final ImmutableSet<String> regions;
  private final Integer teamSize;
  private final Integer foundedYear;
  private final Long fundingUsd;
  private final String website;
  private final ImmutableSet<String> languages;

  private Startup(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.description = builder.description;
    this.oneLiner = builder.oneLiner;
    this.technologyAreas = builder.technologyAreas;
    this.tags = builder.tags;
    this.stage = builder.stage;
    this.readinessLevel = builder.readinessLevel;
    this.country = builder.country;
    this.city = builder.city;
    this.regions = builder.regions;
    this.teamSize = builder.teamSize;
    this.foundedYear = builder.foundedYear;
    this.fundingUsd = builder.fundingUsd;
    this.website = builder.website;
    this.languages = builder.languages;
  }

  /**
   * Starts a builder for a startup with the given id and name.
   *
   * <p>A builder's arguments are the fields a record of its type is known by, so they differ on
   * purpose between types: a startup is known by its name, a need ({@link Need#builder(String,
   * String)}) by its description, since a need's title is optional. A startup's description,
   * required too but possibly empty, is the long text of its profile and is set with {@link
   * Builder#description} like the profile's other fields.
   */
  public static Builder builder(String id, String name) {
    return new Builder().id(id).name(name);
  }

  /** Starts an empty builder; {@code id}, {@code name} and {@code description} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this startup's attributes, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.description = description;
    b.oneLiner = oneLiner;
    b.technologyAreas = technologyAreas;
    b.tags = tags;
    b.stage = stage;
    b.readinessLevel = readinessLevel;
    b.country = country;
    b.city = city;
    b.regions = regions;
    b.teamSize = teamSize;
    b.foundedYear = foundedYear;
    b.fundingUsd = fundingUsd;
    b.website = website;
    b.languages = languages;
    return b;
  }

  /** The unique, stable identifier of this startup. Never blank. */
  public String id() {
    return id;
  }

  /** The company name. Never blank. */
  public String name() {
    return name;
  }

  /** What the startup does, in its own words. May be empty, never null. */
  public String description() {
    return description;
  }

  /** A one-sentence summary; empty when unknown. */
  public String oneLiner() {
    return oneLiner;
  }

  /** Ids of the technology areas the startup declares, in the order given. */
  public Set<String> technologyAreas() {
    return technologyAreas;
  }

  /** Free-form tags, in the order given. */
  public Set<String> tags() {
    return tags;
  }

  /** The maturity stage, if known. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  /** The technology readiness level, 1 to 9, if known. */
  public OptionalInt readinessLevel() {
    return readinessLevel == null ? OptionalInt.empty() : OptionalInt.of(readinessLevel);
  }

  /** The country of the headquarters, if known. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** The city of the headquarters, if known. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** Regions the startup operates in, such as {@code "Europe"} or {@code "China"}. */
  public Set<String> regions() {
    return regions;
  }

  /** The number of employees, if known. */
  public OptionalInt teamSize() {
    return teamSize == null ? OptionalInt.empty() : OptionalInt.of(teamSize);
  }

  /** The year the startup was founded, if known. */
  public OptionalInt foundedYear() {
    return foundedYear == null ? OptionalInt.empty() : OptionalInt.of(foundedYear);
  }

  /** The total funding raised, in US dollars, if known. */
  public OptionalLong fundingUsd() {
    return fundingUsd == null ? OptionalLong.empty() : OptionalLong.of(fundingUsd);
  }

  /** The website address, if known. */
  public Optional<String> website() {
    return Optional.ofNullable(website);
  }

  /** Lower-case codes of the languages the profile is written in, such as {@code "zh"}. */
  public Set<String> languages() {
    return languages;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Startup that)) {
      return false;
    }
    return id.equals(that.id)
        && name.equals(that.name)
        && description.equals(that.description)
        && oneLiner.equals(that.oneLiner)
        && technologyAreas.equals(that.technologyAreas)
        && tags.equals(that.tags)
        && stage == that.stage
        && Objects.equals(readinessLevel, that.readinessLevel)
        && Objects.equals(country, that.country)
        && Objects.equals(city, that.city)
        && regions.equals(that.regions)
        && Objects.equals(teamSize, that.teamSize)
        && Objects.equals(foundedYear, that.foundedYear)
        && Objects.equals(fundingUsd, that.fundingUsd)
        && Objects.equals(website, that.website)
        && languages.equals(that.languages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        description,
        oneLiner,
        technologyAreas,
        tags,
        stage,
        readinessLevel,
        country,
        city,
        regions,
        teamSize,
        foundedYear,
        fundingUsd,
        website,
        languages);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("id", id)
        .add("name", name)
        .add("stage", stage)
        .add("readinessLevel", readinessLevel)
        .add("country", country)
        .add("city", city)
        .toString();
  }

  /**
   * Builds {@link Startup} instances. Each setter validates its argument at once and throws {@link
   * IllegalArgumentException} with a message naming the attribute; {@link #build} checks that the
   * required attributes are present. Builders are not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String name;
    private String description;
    private String oneLiner = "";
    private ImmutableSet<String> technologyAreas = ImmutableSet.of();
    private ImmutableSet<String> tags = ImmutableSet.of();
    private Stage stage;
    private Integer readinessLevel;
    private String country;
    private String city;
    private ImmutableSet<String> regions = ImmutableSet.of();
    private Integer teamSize;
    private Integer foundedYear;
    private Long fundingUsd;
    private String website;
    private ImmutableSet<String> languages = ImmutableSet.of();

    private Builder() {}

    /**
     * Sets the unique id: not blank, at most 256 characters, with no white space or control
     * character (see {@link Ids}).
     */
    public Builder id(String id) {
      this.id = Text.requireId("id", id);
      return this;
    }

    /** Sets the company name: not blank. */
    public Builder name(String name) {
      this.name = Text.requireNonBlank("name", name);
      return this;
    }

    /** Sets the description: not null, may be empty. */
    public Builder description(String description) {
      this.description = Text.requireNonNull("description", description, MAX_LONG_TEXT_LENGTH);
      return this;
    }

    /** Sets the one-line summary: not null, may be empty. */
    public Builder oneLiner(String oneLiner) {
      this.oneLiner = Text.requireNonNull("oneLiner", oneLiner, MAX_SHORT_TEXT_LENGTH);
      return this;
    }

    /** Sets the declared technology area ids: no white space or control character in an id. */
    public Builder technologyAreas(Iterable<String> areaIds) {
      this.technologyAreas = Text.idSet("technologyAreas", areaIds, MAX_SHORT_TEXT_LENGTH);
      return this;
    }

    /** Sets the free-form tags. */
    public Builder tags(Iterable<String> tags) {
      this.tags = Text.nonBlankSet("tags", tags);
      return this;
    }

    /** Sets the maturity stage; null means unknown. */
    public Builder stage(Stage stage) {
      this.stage = stage;
      return this;
    }

    /** Sets the technology readiness level, from 1 to 9. */
    public Builder readinessLevel(int level) {
      this.readinessLevel = checkReadinessLevel("readinessLevel", level);
      return this;
    }

    /** Sets the headquarters country; null or blank means unknown. */
    public Builder country(String country) {
      this.country = Text.blankToNull("country", country);
      return this;
    }

    /** Sets the headquarters city; null or blank means unknown. */
    public Builder city(String city) {
      this.city = Text.blankToNull("city", city);
      return this;
    }

    /** Sets the regions the startup operates in. */
    public Builder regions(Iterable<String> regions) {
      this.regions = Text.nonBlankSet("regions", regions);
      return this;
    }

    /** Sets the number of employees: at least 1. */
    public Builder teamSize(int teamSize) {
      checkArgument(teamSize >= 1, "teamSize must be at least 1 but was %s", teamSize);
      this.teamSize = teamSize;
      return this;
    }

    /** Sets the founding year: from 1800 to 2200. */
    public Builder foundedYear(int year) {
      checkArgument(
          year >= 1800 && year <= 2200,
          "foundedYear must be between 1800 and 2200 but was %s",
          year);
      this.foundedYear = year;
      return this;
    }

    /** Sets the total funding raised in US dollars: not negative. */
    public Builder fundingUsd(long fundingUsd) {
      checkArgument(fundingUsd >= 0, "fundingUsd must not be negative but was %s", fundingUsd);
      this.fundingUsd = fundingUsd;
      return this;
    }

    /** Sets the website address; null or blank means unknown. */
    public Builder website(String website) {
      this.website = Text.blankToNull("website", website);
      return this;
    }

    /** Sets the languages of the profile, as codes such as {@code "en"} or {@code "zh"}. */
    public Builder languages(Iterable<String> languages) {
      this.languages = Text.languageSet("languages", languages);
      return this;
    }

    /**
     * Returns the startup.
     *
     * @throws IllegalStateException if {@code id}, {@code name} or {@code description} is unset
     */
    public Startup build() {
      checkState(id != null, "id is required");
      checkState(name != null, "name is required");
      checkState(description != null, "description is required");
      return new Startup(this);
    }
  }
}
