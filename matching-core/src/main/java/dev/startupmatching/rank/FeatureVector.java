package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The signal values of one candidate for one need, in the order of the ranker's signals.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FeatureVector {
  private final ImmutableList<String> names;
  private final ImmutableList<SignalValue> values;

  private FeatureVector(ImmutableList<String> names, ImmutableList<SignalValue> values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Returns a vector.
   *
   * @param names distinct signal names
   * @param values one value per name, in the same order
   */
  public static FeatureVector of(List<String> names, List<SignalValue> values) {
    checkArgument(
        names.size() == values.size(), "%s names but %s values", names.size(), values.size());
    return new FeatureVector(ImmutableList.copyOf(names), ImmutableList.copyOf(values));
  }

  /** The signal names, in order. */
  public List<String> names() {
    return names;
  }

  /** The signal values, in the order of {@link #names}. */
  public List<SignalValue> values() {
    return values;
  }

  /** The value of the named signal, if the vector has it. */
  public Optional<SignalValue> get(String name) {
    int index = names.indexOf(name);
    return index < 0 ? Optional.empty() : Optional.of(values.get(index));
  }

  /** Every signal's value by name, in order. */
  public Map<String, Double> asMap() {
    ImmutableMap.Builder<String, Double> map = ImmutableMap.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), values.get(i).value());
    }
    return map.buildOrThrow();
  }

  /** The number of the named signal, or 0 when the vector lacks it. */
  public double value(String name) {
    return get(name).map(SignalValue::value).orElse(0.0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector that
        && names.equals(that.names)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, values);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values.get(i).value());
    }
    return out.append('}').toString();
  }
}
