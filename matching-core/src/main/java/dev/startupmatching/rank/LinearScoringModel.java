package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A weighted sum of signal values: {@code score = Σ weight(signal) × value(signal)}. Each term is
 * the signal's contribution, so explanations add up exactly.
 *
 * <p>The JSON form, read by {@link #read(Path)} and written by {@link #toJson}:
 *
 * <pre>{@code
 * {"type": "linear", "name": "trained-2027-01",
 *  "weights": {"text": 0.55, "required-areas": 0.15, "region": 0.04}}
 * }</pre>
 *
 * <p>{@code type} is optional and must be {@code "linear"}; a weight may be any finite number.
 * Unknown fields are errors, so that a misspelt key is not silently ignored. Instances are
 * immutable and thread-safe.
 */
public final class LinearScoringModel implements ScoringModel {
  private static final Pattern SIGNAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private static final LinearScoringModel DEFAULTS =
      builder("default")
          .weight(Signals.TEXT, 0.325)
          .weight(Signals.NEIGHBOURHOOD, 0.5)
          .weight(Signals.COVERAGE, 0.0)
          .weight(Signals.SEMANTIC, 0.0)
          .weight(Signals.REQUIRED_AREAS, 0.075)
          .weight(Signals.PREFERRED_AREAS, 0.04)
          .weight(Signals.MENTIONED_AREAS, 0.0)
          .weight(Signals.MATURITY, 0.025)
          .weight(Signals.REGION, 0.02)
          .weight(Signals.TEAM_AND_FUNDING, 0.01)
          .weight(Signals.FRESHNESS, 0.005)
          .build();

  private final String name;
  private final ImmutableMap<String, Double> weights;

  /**
   * Where each weighed signal sits in the feature vectors last scored. A reranker gives every
   * vector the same list of names, so scoring looks the names up once, not once per candidate.
   */
  private volatile Layout layout;

  private record Layout(List<String> names, int[] positions, double[] weights) {
    static Layout of(List<String> names, ImmutableMap<String, Double> weights) {
      int[] positions = new int[weights.size()];
      double[] values = new double[weights.size()];
      int i = 0;
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        positions[i] = names.indexOf(weight.getKey());
        values[i++] = weight.getValue();
      }
      return new Layout(names, positions, values);
    }
  }

  private LinearScoringModel(String name, ImmutableMap<String, Double> weights) {
    this.name = name;
    this.weights = weights;
  }

  /**
   * The default weights: text relevance and the text's {@link Signals#neighbourhood neighbourhood}
   * dominate (the neighbourhood's weight is large because its values are small: a cosine of texts,
   * damped when few startups fit); the stated areas refine them, while the areas the text only
   * mentions weigh nothing; the need's stated preferences (maturity, region, team and funding) and
   * freshness break near-ties.
   *
   * <p>The weights add up to 1, so scores run from 0 to 1 for every need and those of different
   * needs can be combined. Text relevance and neighbourhood are relative to each need's candidates,
   * though, so a score is not a fit: see {@code dev.startupmatching.match.Match#score}.
   */
  public static LinearScoringModel defaults() {
    return DEFAULTS;
  }

  /** Starts a builder for a model with this name. */
  public static Builder builder(String name) {
    checkArgument(name != null && !name.isBlank(), "name must not be blank");
    return new Builder(name);
  }

  /**
   * Reads a model from a JSON file.
   *
   * @throws dev.startupmatching.io.InputException naming the file, line and field of a bad entry
   */
  public static LinearScoringModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a model from JSON.
   *
   * @param sourceName the name errors give for the input, such as a file name
   * @throws dev.startupmatching.io.InputException naming the source, line and field of a bad entry
   */
  public static LinearScoringModel read(InputStream in, String sourceName) throws IOException {
    return ScoringModelFormat.read(in, sourceName);
  }

  /** Returns the model as JSON, in the form {@link #read(Path)} reads. */
  public String toJson() {
    return ScoringModelFormat.write(this);
  }

  @Override
  public String name() {
    return name;
  }

  /** The weight of each signal, in the order they were set. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** Returns a copy with one weight set (added, or replaced in place). */
  public LinearScoringModel withWeight(String signal, double weight) {
    Builder builder = new Builder(name);
    weights.forEach(builder::weight);
    return builder.weight(signal, weight).build();
  }

  @Override
  public Set<String> signalNames() {
    return weights.keySet();
  }

  @Override
  public double score(FeatureVector features) {
    Layout current = layout;
    if (current == null || current.names() != features.names()) {
      current = Layout.of(features.names(), weights);
      layout = current;
    }
    List<SignalValue> values = features.values();
    double score = 0;
    for (int i = 0; i < current.positions().length; i++) {
      int position = current.positions()[i];
      // In the weights' order, as contributions add up, so that both sum alike to the last bit.
      score += current.weights()[i] * (position < 0 ? 0 : values.get(position).value());
    }
    return score;
  }

  @Override
  public Map<String, Double> contributions(FeatureVector features) {
    ImmutableMap.Builder<String, Double> contributions = ImmutableMap.builder();
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      contributions.put(weight.getKey(), weight.getValue() * features.value(weight.getKey()));
    }
    return contributions.buildOrThrow();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearScoringModel that
        && name.equals(that.name)
        && weights.equals(that.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, weights);
  }

  @Override
  public String toString() {
    return "LinearScoringModel[" + name + " " + weights + "]";
  }

  /** Builds a {@link LinearScoringModel}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<String, Double> weights = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the weight of a signal.
     *
     * @param signal a signal name: letters, digits and hyphens, starting with a letter
     * @param weight a finite number
     */
    public Builder weight(String signal, double weight) {
      checkArgument(
          signal != null && SIGNAL_NAME.matcher(signal).matches(),
          "signal name '%s' must be letters, digits and hyphens, starting with a letter",
          signal);
      checkArgument(
          Double.isFinite(weight), "weight of %s must be finite but was %s", signal, weight);
      weights.put(signal, weight);
      return this;
    }

    /** Returns the model. */
    public LinearScoringModel build() {
      return new LinearScoringModel(name, ImmutableMap.copyOf(weights));
    }
  }
}
