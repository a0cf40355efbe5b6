package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.eval.Metrics;
import dev.startupmatching.rank.LinearScoringModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits the weights of a {@link LinearScoringModel} to maximise the mean nDCG@10 of training lists,
 * by coordinate ascent as RankLib's does (Metzler and Croft, 2007): it takes each feature in turn,
 * in a random order, tries moving its weight up and down by steps of growing size, and keeps any
 * move that raises the training metric, until a round over all features changes nothing.
 *
 * <p>Unlike RankLib it starts from the given model's weights, not uniform ones, so that what it
 * learns is a correction of the defaults and never scores the training lists below them; weights
 * stay non-negative, and the result is scaled to add up to the same total as the start, so that
 * scores keep their 0–1 scale. A move must gain more than {@value #MIN_GAIN} to count, which keeps
 * it from chasing noise in a few lists.
 */
public final class CoordinateAscent {
  /** The cut-off of the metric optimised. */
  public static final int K = 10;

  private static final double[] STEPS = {0.005, 0.01, 0.02, 0.05, 0.1, 0.2};
  private static final double MIN_GAIN = 1e-4;
  private static final int MAX_ROUNDS = 25;

  private final long seed;

  private CoordinateAscent(long seed) {
    this.seed = seed;
  }

  /** Returns a trainer whose feature order is drawn from the seed, so runs are reproducible. */
  public static CoordinateAscent withSeed(long seed) {
    return new CoordinateAscent(seed);
  }

  /**
   * Returns the model fitted to the lists, named {@code name}.
   *
   * @param start the weights to start from; features of the lists it lacks start at 0
   */
  public LinearScoringModel train(List<RankedList> lists, LinearScoringModel start, String name) {
    checkArgument(lists != null && !lists.isEmpty(), "there must be lists to train on");
    checkArgument(start != null, "start must not be null");
    List<String> names = FeatureLog.featureNames(lists);
    for (String weighed : start.weights().keySet()) {
      if (!names.contains(weighed)) {
        names.add(weighed);
      }
    }
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = start.weights().getOrDefault(names.get(i), 0.0);
    }
    double total = Arrays.stream(weights).sum();
    Prepared prepared = new Prepared(lists, names);
    double best = prepared.ndcg(weights);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean moved = false;
      Collections.shuffle(order, random);
      for (int feature : order) {
        for (int direction : new int[] {1, -1}) {
          for (double step : STEPS) {
            double[] candidate = weights.clone();
            candidate[feature] += direction * step * Math.max(total, 1e-9);
            if (candidate[feature] < 0) {
              continue;
            }
            double ndcg = prepared.ndcg(candidate);
            if (ndcg > best + MIN_GAIN) {
              best = ndcg;
              weights = candidate;
              moved = true;
            }
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    double sum = Arrays.stream(weights).sum();
    LinearScoringModel.Builder model = LinearScoringModel.builder(name);
    for (int i = 0; i < weights.length; i++) {
      model.weight(names.get(i), sum > 0 ? weights[i] * total / sum : weights[i]);
    }
    return model.build();
  }

  /** The mean nDCG@{@value #K} of the lists ranked by the model's weights. */
  public static double ndcg(List<RankedList> lists, LinearScoringModel model) {
    List<String> names = FeatureLog.featureNames(lists);
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = model.weights().getOrDefault(names.get(i), 0.0);
    }
    return new Prepared(lists, names).ndcg(weights);
  }

  /** The lists as arrays of feature values, for fast scoring. */
  private static final class Prepared {
    private final List<RankedList> lists;
    private final double[][][] values;

    Prepared(List<RankedList> lists, List<String> names) {
      this.lists = lists;
      this.values = new double[lists.size()][][];
      for (int l = 0; l < lists.size(); l++) {
        List<RankedList.Row> rows = lists.get(l).rows();
        values[l] = new double[rows.size()][names.size()];
        for (int r = 0; r < rows.size(); r++) {
          Map<String, Double> features = rows.get(r).features();
          for (int f = 0; f < names.size(); f++) {
            values[l][r][f] = features.getOrDefault(names.get(f), 0.0);
          }
        }
      }
    }

    double ndcg(double[] weights) {
      double sum = 0;
      for (int l = 0; l < lists.size(); l++) {
        RankedList list = lists.get(l);
        double[][] rows = values[l];
        double[] scores = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
          for (int f = 0; f < weights.length; f++) {
            scores[r] += weights[f] * rows[r][f];
          }
        }
        List<Integer> ranked = new ArrayList<>(rows.length);
        for (int r = 0; r < rows.length; r++) {
          ranked.add(r);
        }
        // As the reranker orders: best score first, equal scores by startup id.
        ranked.sort(
            Comparator.comparingDouble((Integer r) -> -scores[r])
                .thenComparing(r -> list.rows().get(r).startupId()));
        sum +=
            Metrics.ndcg(
                ranked.stream().map(r -> list.rows().get(r).startupId()).toList(),
                list.grades(),
                K);
      }
      return sum / lists.size();
    }
  }
}
