package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The maturity stage of a startup, in order from youngest to most mature.
 *
 * <p>The JSON form is the lower-case name with hyphens ({@code "series-a"}); {@link #parse} also
 * accepts upper case, underscores and spaces, so {@code "Series A"} and {@code "SERIES_A"} work.
 */
public enum Stage {
  /** An idea or a team without a product. */
  IDEA,
  /** Building a first product, funded by founders or angels. */
  PRE_SEED,
  /** A first product and first customers or pilots. */
  SEED,
  /** Product-market fit in a first market. */
  SERIES_A,
  /** Scaling a proven product. */
  SERIES_B,
  /** Series C or later venture rounds. */
  SERIES_C,
  /** A large, established private company. */
  GROWTH,
  /** Listed on a stock exchange. */
  PUBLIC;

  /** Returns the JSON form of this stage, such as {@code "series-a"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns how people write this stage, such as {@code "Series A"} or {@code "Pre-seed"}. */
  public String label() {
    return switch (this) {
      case IDEA -> "Idea";
      case PRE_SEED -> "Pre-seed";
      case SEED -> "Seed";
      case SERIES_A -> "Series A";
      case SERIES_B -> "Series B";
      case SERIES_C -> "Series C or later";
      case GROWTH -> "Growth";
      case PUBLIC -> "Public";
    };
  }

  /**
   * Parses a stage from its JSON form, ignoring case and treating hyphens, underscores and spaces
   * alike.
   *
   * @throws IllegalArgumentException naming the valid values when {@code text} is not a stage
   */
  public static Stage parse(String text) {
    checkArgument(text != null, "stage must not be null");
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Stage stage : values()) {
      if (stage.name().equals(normalized)) {
        return stage;
      }
    }
    throw new IllegalArgumentException(
        "unknown stage '"
            + text
            + "'; expected one of "
            + Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", ")));
  }
}
