package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns what is known about a candidate into its fit: the estimated probability that a scout judges
 * the startup a fit for the need, from 0 to 1.
 *
 * <p>Unlike a ranking score, fit depends on the evidence alone, never on the other candidates of
 * the need, so it compares across needs and can say that even the best candidate fits poorly. It is
 * computed in two steps, both fitted to judgments ({@code startup-match calibrate}):
 *
 * <ol>
 *   <li>the <b>evidence</b>, a weighted sum of signal values plus an intercept, with the weights of
 *       a logistic regression: how much of the need the startup covers, which areas it shares;
 *   <li>the <b>calibration curve</b>, a non-decreasing map from evidence to fit, fitted by isotonic
 *       regression and read between its points by linear interpolation.
 * </ol>
 *
 * <p>Then a startup that breaks a stated preference of the need (a stage, a readiness level, a
 * region, a team size or funding, which matching can treat as soft) has its fit multiplied by the
 * value of each signal that reports the shortfall: judgments rarely cover stated preferences, so
 * their weight cannot be fitted, and a startup outside the need's region should not be called a fit
 * however well its words match.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FitModel {
  private static final String BUILT_IN = "fit-model.json";

  private static final ImmutableSet<String> PREFERENCES =
      ImmutableSet.of(Signals.MATURITY, Signals.REGION, Signals.TEAM_AND_FUNDING);

  private final String name;
  private final double intercept;
  private final ImmutableMap<String, Double> weights;
  private final double[] evidence;
  private final double[] fits;

  private FitModel(
      String name,
      double intercept,
      ImmutableMap<String, Double> weights,
      double[] evidence,
      double[] fits) {
    this.name = name;
    this.intercept = intercept;
    this.weights = weights;
    this.evidence = evidence;
    this.fits = fits;
  }

  /**
   * Returns a model.
   *
   * @param name names the model in explanations, such as {@code "fit 2026.1"}
   * @param intercept added to the weighted signal values
   * @param weights weight of each signal the evidence reads, by signal name; at least one
   * @param curve the calibration curve: points of (evidence, fit), evidence strictly increasing,
   *     fit non-decreasing and between 0 and 1; at least one point. Evidence below the first point
   *     has the first fit, above the last the last.
   */
  public static FitModel of(
      String name, double intercept, Map<String, Double> weights, List<double[]> curve) {
    checkArgument(name != null && !name.isBlank(), "name must not be blank");
    checkArgument(Double.isFinite(intercept), "intercept must be finite but was %s", intercept);
    checkArgument(weights != null && !weights.isEmpty(), "weights must name at least one signal");
    weights.forEach(
        (signal, weight) ->
            checkArgument(
                weight != null && Double.isFinite(weight),
                "weight of %s must be finite but was %s",
                signal,
                weight));
    checkArgument(curve != null && !curve.isEmpty(), "the curve needs at least one point");
    double[] evidence = new double[curve.size()];
    double[] fits = new double[curve.size()];
    for (int i = 0; i < curve.size(); i++) {
      double[] point = curve.get(i);
      checkArgument(
          point != null && point.length == 2, "curve point %s must be a pair (evidence, fit)", i);
      evidence[i] = point[0];
      fits[i] = point[1];
      checkArgument(Double.isFinite(evidence[i]), "curve point %s: evidence must be finite", i);
      checkArgument(fits[i] >= 0 && fits[i] <= 1, "curve point %s: fit must be between 0 and 1", i);
      checkArgument(
          i == 0 || evidence[i] > evidence[i - 1],
          "curve point %s: evidence must increase, but %s follows %s",
          i,
          evidence[i],
          i == 0 ? null : evidence[i - 1]);
      checkArgument(
          i == 0 || fits[i] >= fits[i - 1],
          "curve point %s: fit must not decrease, but %s follows %s",
          i,
          fits[i],
          i == 0 ? null : fits[i - 1]);
    }
    return new FitModel(name, intercept, ImmutableMap.copyOf(weights), evidence, fits);
  }

  /**
   * The model that ships with the library, fitted to the judgments docs/ranking.md describes; its
   * signals are among {@link Signals#defaults()}.
   */
  public static FitModel builtIn() {
    return BuiltIn.MODEL;
  }

  private static final class BuiltIn {
    static final FitModel MODEL = load();

    private static FitModel load() {
      try (InputStream in = FitModel.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException(BUILT_IN + " is missing from the class path");
        }
        return FitModelFormat.read(in, BUILT_IN);
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + BUILT_IN + " failed", e);
      }
    }
  }

  /**
   * Reads a model from its JSON form, as {@code startup-match calibrate} writes it.
   *
   * @throws dev.startupmatching.io.InputException naming the file, line and field of what is wrong
   * @throws IOException if the file cannot be read
   */
  public static FitModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return FitModelFormat.read(in, file.toString());
    }
  }

  /** Returns the JSON form, which {@link #read} reads back. */
  public String toJson() {
    return FitModelFormat.write(this);
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** The signals the evidence reads. */
  public Set<String> signalNames() {
    return weights.keySet();
  }

  /** The weight of each signal in the evidence. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** What the evidence adds to the weighted signal values. */
  public double intercept() {
    return intercept;
  }

  /** The calibration curve's points of (evidence, fit), evidence increasing. */
  public List<double[]> curve() {
    ImmutableList.Builder<double[]> curve = ImmutableList.builder();
    for (int i = 0; i < evidence.length; i++) {
      curve.add(new double[] {evidence[i], fits[i]});
    }
    return curve.build();
  }

  /**
   * The evidence: the intercept plus each signal's value times its weight; absent signals add 0.
   */
  public double evidence(FeatureVector features) {
    double sum = intercept;
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      sum += weight.getValue() * features.get(weight.getKey()).map(SignalValue::value).orElse(0.0);
    }
    return sum;
  }

  /** The fit of a candidate with these features, from 0 to 1. */
  public double fit(FeatureVector features) {
    double fit = calibrated(evidence(features));
    for (String preference : PREFERENCES) {
      SignalValue value = features.get(preference).orElse(null);
      if (value != null && value.missing().isPresent()) {
        fit *= value.value();
      }
    }
    return fit;
  }

  /** Says, for people, how a candidate's fit came about. */
  public String explain(FeatureVector features) {
    StringBuilder reason =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "fit %.2f by model '%s': evidence %.3f",
                fit(features),
                name,
                evidence(features)));
    for (String signal : weights.keySet()) {
      features
          .get(signal)
          .filter(SignalValue::applicable)
          .ifPresent(
              value -> reason.append("; ").append(signal).append(": ").append(value.reason()));
    }
    for (String preference : PREFERENCES) {
      features
          .get(preference)
          .flatMap(SignalValue::missing)
          .ifPresent(missing -> reason.append("; lacks ").append(missing));
    }
    return reason.toString();
  }

  /**
   * The calibration curve at a point of evidence: the fit before stated preferences are applied,
   * interpolated linearly between the curve's points and flat beyond its ends.
   */
  public double calibrated(double x) {
    if (x <= evidence[0]) {
      return fits[0];
    }
    int last = evidence.length - 1;
    if (x >= evidence[last]) {
      return fits[last];
    }
    int found = Arrays.binarySearch(evidence, x);
    if (found >= 0) {
      return fits[found];
    }
    int i = -found - 1;
    double share = (x - evidence[i - 1]) / (evidence[i] - evidence[i - 1]);
    return fits[i - 1] + share * (fits[i] - fits[i - 1]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FitModel that
        && name.equals(that.name)
        && Double.compare(intercept, that.intercept) == 0
        && weights.equals(that.weights)
        && Arrays.equals(evidence, that.evidence)
        && Arrays.equals(fits, that.fits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, intercept, weights, Arrays.hashCode(evidence), Arrays.hashCode(fits));
  }

  @Override
  public String toString() {
    return "FitModel(" + name + ", " + weights + ", " + evidence.length + " curve points)";
  }
}
