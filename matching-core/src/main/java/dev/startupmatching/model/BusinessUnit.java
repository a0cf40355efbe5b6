package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import java.util.Objects;

/**
 * A business unit of the carmaker that owns needs, such as "Electrification".
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BusinessUnit {
  private final String id;
  private final String name;
  private final String description;

  private BusinessUnit(String id, String name, String description) {
    this.id = id;
    this.name = name;
    this.description = description;
  }

  /** Returns a unit with the given id and name and an empty description. */
  public static BusinessUnit of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Starts an empty builder; {@code id} and {@code name} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The unique identifier. Never blank. */
  public String id() {
    return id;
  }

  /** The display name. Never blank. */
  public String name() {
    return name;
  }

  /** What the unit does; empty when unknown. */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessUnit that
        && id.equals(that.id)
        && name.equals(that.name)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this).add("id", id).add("name", name).toString();
  }

  /** Builds {@link BusinessUnit} instances; setters validate at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private String description = "";

    private Builder() {}

    /**
     * Sets the unique id: not blank, at most 256 characters, with no white space or control
     * character (see {@link Ids}).
     */
    public Builder id(String id) {
      this.id = Text.requireId("id", id);
      return this;
    }

    /** Sets the display name: not blank. */
    public Builder name(String name) {
      this.name = Text.requireNonBlank("name", name);
      return this;
    }

    /** Sets the description: not null, may be empty. */
    public Builder description(String description) {
      this.description =
          Text.requireNonNull("description", description, Startup.MAX_LONG_TEXT_LENGTH);
      return this;
    }

    /**
     * Returns the unit.
     *
     * @throws IllegalStateException if {@code id} or {@code name} is unset
     */
    public BusinessUnit build() {
      checkState(id != null, "id is required");
      checkState(name != null, "name is required");
      return new BusinessUnit(id, name, description);
    }
  }
}
