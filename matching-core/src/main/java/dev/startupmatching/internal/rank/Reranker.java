package dev.startupmatching.internal.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.match.Explanation;
import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.FeatureVector;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.ScoringModel;
import dev.startupmatching.rank.Signal;
import dev.startupmatching.rank.SignalValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The second phase of ranking: computes every signal for each candidate, scores the features with
 * the model, and orders the candidates, best first and equal scores by startup id, so that rankings
 * are reproducible.
 *
 * <p>Instances are immutable and thread-safe when their signals and model are.
 */
public final class Reranker {
  /** Orders by score, best first, then by startup id. */
  private static final Comparator<RankedCandidate> BEST_FIRST =
      Comparator.comparingDouble(RankedCandidate::score)
          .reversed()
          .thenComparing(r -> r.candidate().startup().id());

  private final ImmutableList<Signal> signals;
  private final ImmutableList<String> names;
  private final ScoringModel model;

  private Reranker(ImmutableList<Signal> signals, ScoringModel model) {
    this.signals = signals;
    this.names = signals.stream().map(Signal::name).collect(ImmutableList.toImmutableList());
    this.model = model;
  }

  /**
   * Returns a ranker.
   *
   * @param signals the signals to compute, with distinct names; every feature log has one column
   *     per signal, in this order
   * @param model the scoring model; it may read only signals in {@code signals}
   * @throws IllegalArgumentException if two signals share a name or the model reads a signal that
   *     is not given
   */
  public static Reranker of(List<? extends Signal> signals, ScoringModel model) {
    checkArgument(signals != null, "signals must not be null");
    checkArgument(model != null, "model must not be null");
    Set<String> names = new HashSet<>();
    for (Signal signal : signals) {
      checkArgument(signal != null, "signals must not contain null");
      checkArgument(names.add(signal.name()), "two signals are named '%s'", signal.name());
    }
    for (String used : model.signalNames()) {
      checkArgument(
          names.contains(used),
          "model '%s' weighs signal '%s', which no signal provides; the signals are %s",
          model.name(),
          used,
          names);
    }
    return new Reranker(ImmutableList.copyOf(signals), model);
  }

  /** The signals, in feature order. */
  public ImmutableList<Signal> signals() {
    return signals;
  }

  /** The scoring model. */
  public ScoringModel model() {
    return model;
  }

  /** Computes every signal of one candidate. */
  public FeatureVector features(NeedAnalysis need, Candidate candidate) {
    ImmutableList.Builder<SignalValue> values = ImmutableList.builderWithExpectedSize(names.size());
    for (Signal signal : signals) {
      SignalValue value = signal.compute(need, candidate);
      if (value == null) {
        throw new IllegalStateException("signal '" + signal.name() + "' returned null");
      }
      values.add(value);
    }
    return FeatureVector.of(names, values.build());
  }

  /**
   * Scores the candidates and returns the best {@code topK}, best first, equal scores by startup
   * id.
   */
  public ImmutableList<RankedCandidate> rank(
      NeedAnalysis need, List<Candidate> candidates, int topK) {
    checkArgument(need != null, "need must not be null");
    checkArgument(candidates != null, "candidates must not be null");
    checkArgument(topK >= 0, "topK must not be negative but was %s", topK);
    List<RankedCandidate> ranked = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      FeatureVector features = features(need, candidate);
      double score = model.score(features);
      if (!Double.isFinite(score)) {
        throw new IllegalStateException(
            "model '" + model.name() + "' scored " + score + " for " + features);
      }
      ranked.add(new RankedCandidate(candidate, features, score));
    }
    ranked.sort(BEST_FIRST);
    return ImmutableList.copyOf(ranked.subList(0, Math.min(topK, ranked.size())));
  }

  /**
   * Explains a ranked candidate's score: one detail per signal that applies to the need and either
   * contributes or reports something missing, its value times its weight; the contributions add up
   * to the score. Signals that do not apply contribute nothing and are left out.
   *
   * @param signalDetails optional finer details of a signal's contribution, by signal name (such as
   *     the matched words behind text relevance); each list's values should add up to the signal's
   *     contribution
   */
  public Explanation explain(RankedCandidate ranked, Map<String, List<Explanation>> signalDetails) {
    List<Explanation> details = new ArrayList<>();
    for (Map.Entry<String, Double> contribution : contributions(ranked).entrySet()) {
      String name = contribution.getKey();
      SignalValue value = ranked.features().get(name).orElseThrow();
      if (contribution.getValue() == 0 && value.missing().isEmpty()) {
        continue; // nothing to say: neither a contribution nor a shortfall
      }
      String description =
          model instanceof LinearScoringModel linear
              ? String.format(
                  Locale.ROOT,
                  "%s: value %.4f × weight %.4f; %s",
                  name,
                  value.value(),
                  linear.weights().get(name),
                  value.reason())
              : String.format(
                  Locale.ROOT, "%s: value %.4f; %s", name, value.value(), value.reason());
      details.add(
          Explanation.of(
              contribution.getValue(),
              description,
              signalDetails.getOrDefault(name, ImmutableList.of())));
    }
    return Explanation.of(
        ranked.score(),
        "score by model '" + model.name() + "': the sum of the signals' contributions",
        details);
  }

  /**
   * Each signal's contribution to a ranked candidate's score, in the model's order, leaving out the
   * signals that do not apply to the need: they contribute nothing.
   */
  public ImmutableMap<String, Double> contributions(RankedCandidate ranked) {
    ImmutableMap.Builder<String, Double> applicable = ImmutableMap.builder();
    model
        .contributions(ranked.features())
        .forEach(
            (name, contribution) -> {
              if (ranked.features().get(name).map(SignalValue::applicable).orElse(true)) {
                applicable.put(name, contribution);
              }
            });
    return applicable.buildOrThrow();
  }

  /** What the ranked candidate lacks against the need, one sentence per signal that reports it. */
  public ImmutableList<String> missing(RankedCandidate ranked) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (SignalValue value : ranked.features().values()) {
      value.missing().ifPresent(missing::add);
    }
    return missing.build();
  }
}
