package dev.startupmatching.benchmarks.scale;

import java.util.Arrays;

/** Latencies of one operation in milliseconds, and their percentiles; not thread-safe. */
final class Latencies {
  private double[] values = new double[256];
  private int size;

  /** Records the time since {@code startNanos}. */
  void since(long startNanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = (System.nanoTime() - startNanos) / 1e6;
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  /** Records every latency of {@code other} too. */
  void addAll(Latencies other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  /** The nearest-rank percentile, such as 0.5 for the median; NaN when nothing was recorded. */
  double percentile(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }
}
