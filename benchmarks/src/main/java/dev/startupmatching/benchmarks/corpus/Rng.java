package dev.startupmatching.benchmarks.corpus;

import java.util.List;

/**
 * A small SplitMix64 random number generator. Its output depends only on its seed, on every JVM and
 * platform, which {@code java.util.Random}'s doubles and Gaussians do not promise in the same way
 * across implementations. Not thread-safe: each generated record uses its own instance.
 */
final class Rng {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  private Rng(long seed) {
    this.state = seed;
  }

  /** The generator of one record: the same seed, stream and index always give the same draws. */
  static Rng of(long seed, long stream, long index) {
    return new Rng(mix(mix(seed ^ mix(stream * GOLDEN_GAMMA)) + index * GOLDEN_GAMMA));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** A uniform integer from 0 (inclusive) to {@code bound} (exclusive). */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** A uniform integer from {@code min} to {@code max}, both inclusive. */
  int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** A uniform double from 0 (inclusive) to 1 (exclusive). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** A standard normal draw (Box-Muller), computed with {@link StrictMath} for reproducibility. */
  double gaussian() {
    double u = 1 - nextDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  /** A log-normal draw with the given median and spread (sigma of the logarithm). */
  double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian());
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }
}
