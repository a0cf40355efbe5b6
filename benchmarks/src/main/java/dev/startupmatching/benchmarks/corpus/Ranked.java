package dev.startupmatching.benchmarks.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Items drawn with Zipf-like frequencies: the item at rank r (from 1) is drawn with a probability
 * proportional to r^-s, so a few items are common and most are rare, as words are in text.
 * Immutable and thread-safe.
 *
 * @param <T> the item type
 */
final class Ranked<T> {
  private final ImmutableList<T> items;
  private final double[] cumulative;

  private Ranked(List<T> items, double exponent) {
    checkArgument(!items.isEmpty(), "no items to draw from");
    this.items = ImmutableList.copyOf(items);
    this.cumulative = new double[items.size()];
    double sum = 0;
    for (int rank = 1; rank <= items.size(); rank++) {
      sum += StrictMath.pow(rank, -exponent);
      cumulative[rank - 1] = sum;
    }
  }

  /** Ranks the items in the given order, the first the most frequent. */
  static <T> Ranked<T> of(List<T> items, double exponent) {
    return new Ranked<>(items, exponent);
  }

  ImmutableList<T> items() {
    return items;
  }

  T draw(Rng rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, u);
    return items.get(found >= 0 ? found : -found - 1);
  }
}
