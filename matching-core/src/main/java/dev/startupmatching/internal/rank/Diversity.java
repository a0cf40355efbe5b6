package dev.startupmatching.internal.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/** Maximal marginal relevance: re-orders a ranked list so that its head is varied. */
public final class Diversity {
  private Diversity() {}

  /**
   * Picks {@code k} items one at a time, each the one with the best {@code (1 - diversity) ×
   * relevance - diversity × (its greatest similarity to an item already picked)}; ties go to the
   * earlier item. With diversity 0 the order is unchanged.
   *
   * @param ranked the items, best first
   * @param relevance each item's relevance, from 0 to 1
   * @param similarity how alike two items are, from 0 to 1
   * @param diversity from 0 to 1
   */
  public static <T> ImmutableList<T> mmr(
      List<T> ranked,
      ToDoubleFunction<T> relevance,
      ToDoubleBiFunction<T, T> similarity,
      double diversity,
      int k) {
    checkArgument(diversity >= 0 && diversity <= 1, "diversity must be between 0 and 1");
    checkArgument(k >= 0, "k must not be negative");
    List<T> left = new ArrayList<>(ranked);
    double[] closest = new double[left.size()];
    ImmutableList.Builder<T> picked = ImmutableList.builder();
    for (int n = 0; n < k && !left.isEmpty(); n++) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < left.size(); i++) {
        double value =
            (1 - diversity) * relevance.applyAsDouble(left.get(i)) - diversity * closest[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      T chosen = left.remove(best);
      double[] remaining = new double[left.size()];
      for (int i = 0, j = 0; i <= left.size(); i++) {
        if (i != best) {
          remaining[j] = Math.max(closest[i], similarity.applyAsDouble(left.get(j), chosen));
          j++;
        }
      }
      closest = remaining;
      picked.add(chosen);
    }
    return picked.build();
  }
}
