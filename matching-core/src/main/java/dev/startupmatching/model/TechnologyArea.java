package dev.startupmatching.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the technology taxonomy, such as "lidar" under "automated driving".
 *
 * <p>Labels and synonyms are keyed by language code ({@code "en"}, {@code "de"}, {@code "zh"},
 * ...): the label names the area, and the synonyms are other words for it that a profile or a need
 * may use ("laser scanner" for lidar). Instances are immutable and thread-safe.
 */
public final class TechnologyArea {
  private final String id;
  private final ImmutableMap<String, String> labels;
  private final ImmutableListMultimap<String, String> synonyms;
  private final String parent;

  private TechnologyArea(
      String id,
      ImmutableMap<String, String> labels,
      ImmutableListMultimap<String, String> synonyms,
      String parent) {
    this.id = id;
    this.labels = labels;
    this.synonyms = synonyms;
    this.parent = parent;
  }

  /** Starts an empty builder; {@code id} and at least one label must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stable identifier, such as {@code "automated-driving.lidar"}. */
  public String id() {
    return id;
  }

  /** Labels by language code. Never empty. */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The label in the given language, falling back to English and then to any label.
   *
   * @param language a language code such as {@code "de"}
   */
  public String label(String language) {
    String label = labels.get(language);
    if (label == null) {
      label = labels.get("en");
    }
    return label != null ? label : labels.values().iterator().next();
  }

  /** Synonyms by language code, in the order given; a language may have none. */
  public Map<String, List<String>> synonyms() {
    return Multimaps.asMap(synonyms);
  }

  /**
   * The label (if any) and the synonyms in one language: every name of the area in it.
   *
   * @param language a language code such as {@code "zh"}
   */
  public List<String> names(String language) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    String label = labels.get(language);
    if (label != null) {
      names.add(label);
    }
    return names.addAll(synonyms.get(language)).build();
  }

  /** The id of the parent area; empty for a top-level area. */
  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TechnologyArea that
        && id.equals(that.id)
        && labels.equals(that.labels)
        && synonyms.equals(that.synonyms)
        && Objects.equals(parent, that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, labels, synonyms, parent);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("id", id)
        .add("parent", parent)
        .add("labels", labels)
        .toString();
  }

  /** Builds {@link TechnologyArea} instances; setters validate at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private final ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
    private final ImmutableListMultimap.Builder<String, String> synonyms =
        ImmutableListMultimap.builder();
    private String parent;

    private Builder() {}

    /**
     * Sets the stable id: not blank, at most 256 characters, with no white space or control
     * character (see {@link Ids}).
     */
    public Builder id(String id) {
      this.id = Text.requireId("id", id);
      return this;
    }

    /** Adds a label in the given language. */
    public Builder label(String language, String label) {
      labels.put(
          Text.requireLanguage("labels", language),
          Text.requireNonBlank("labels." + language, label));
      return this;
    }

    /** Adds labels keyed by language code. */
    public Builder labels(Map<String, String> labelsByLanguage) {
      checkArgument(labelsByLanguage != null, "labels must not be null");
      labelsByLanguage.forEach(this::label);
      return this;
    }

    /** Adds synonyms in the given language. */
    public Builder synonyms(String language, List<String> words) {
      String code = Text.requireLanguage("synonyms", language);
      checkArgument(words != null, "synonyms.%s must not be null", code);
      for (String word : words) {
        synonyms.put(code, Text.requireNonBlank("synonyms." + code, word));
      }
      return this;
    }

    /** Sets the parent area id, which follows the id rule; null means top level. */
    public Builder parent(String parent) {
      this.parent = parent == null ? null : Text.requireId("parent", parent);
      return this;
    }

    /**
     * Returns the area.
     *
     * @throws IllegalStateException if the id or every label is missing, or the area is its own
     *     parent
     * @throws IllegalArgumentException if a language has two labels
     */
    public TechnologyArea build() {
      checkState(id != null, "id is required");
      ImmutableMap<String, String> built = labels.buildOrThrow();
      checkState(!built.isEmpty(), "labels must hold at least one label");
      checkState(!id.equals(parent), "area '%s' cannot be its own parent", id);
      return new TechnologyArea(id, built, synonyms.build(), parent);
    }
  }
}
