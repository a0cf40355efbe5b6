package dev.startupmatching.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import dev.startupmatching.place.Place;
import dev.startupmatching.place.Places;
import java.util.Locale;
import java.util.Optional;

/**
 * The startups a quota counts: those located in a region, working in a technology area (or one
 * below it), or at a stage. Immutable.
 */
public final class Selector {
  /** What a selector looks at. */
  public enum Kind {
    /** Where the startup is: a country or a region that holds it, in any spelling. */
    REGION,
    /** A technology area the startup states, or one below it in the taxonomy. */
    AREA,
    /** The startup's funding stage. */
    STAGE
  }

  private final Kind kind;
  private final String value;
  private final Place place;
  private final Stage stage;

  private Selector(Kind kind, String value, Place place, Stage stage) {
    this.kind = kind;
    this.value = value;
    this.place = place;
    this.stage = stage;
  }

  /**
   * The startups located in the region: a country or region name or code in any language, such as
   * "China", "CN", "Europe" or "DACH".
   *
   * @throws IllegalArgumentException if no known place has that name
   */
  public static Selector region(String region) {
    checkArgument(region != null && !region.isBlank(), "region must not be blank");
    Optional<Place> place = Places.resolve(region);
    checkArgument(place.isPresent(), "no known country or region is called '%s'", region);
    return new Selector(Kind.REGION, region.strip(), place.get(), null);
  }

  /** The startups that state the technology area, or one below it, such as {@code battery}. */
  public static Selector area(String areaId) {
    checkArgument(areaId != null && !areaId.isBlank(), "area must not be blank");
    return new Selector(Kind.AREA, areaId.strip(), null, null);
  }

  /** The startups at the stage. */
  public static Selector stage(Stage stage) {
    checkArgument(stage != null, "stage must not be null");
    return new Selector(Kind.STAGE, stage.id(), null, stage);
  }

  /**
   * Reads {@code region:China}, {@code area:electrification} or {@code stage:seed}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Selector parse(String text) {
    checkArgument(text != null, "selector must not be null");
    int colon = text.indexOf(':');
    checkArgument(
        colon > 0,
        "'%s' is not KIND:VALUE, such as region:China, area:battery or stage:seed",
        text);
    String kind = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = text.substring(colon + 1).strip();
    return switch (kind) {
      case "region" -> region(value);
      case "area" -> area(value);
      case "stage" -> stage(Stage.parse(value));
      default ->
          throw new IllegalArgumentException(
              "unknown kind '" + kind + "' in '" + text + "'; use region, area or stage");
    };
  }

  /** What the selector looks at. */
  public Kind kind() {
    return kind;
  }

  /** True if the quota counts the startup. */
  public boolean matches(Startup startup) {
    return switch (kind) {
      case REGION ->
          Location.of(startup).places().stream()
              .anyMatch(p -> p.equals(place) || p.isWithin(place));
      case AREA ->
          startup.technologyAreas().stream()
              .anyMatch(a -> a.equals(value) || a.startsWith(value + "."));
      case STAGE -> startup.stage().map(stage::equals).orElse(false);
    };
  }

  /** As {@link #parse} reads it, such as {@code region:China}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector other && other.kind == kind && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }
}
