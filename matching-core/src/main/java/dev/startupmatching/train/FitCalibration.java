package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.rank.FitModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits a {@link FitModel} to judgments, and measures how well calibrated it is on needs it was not
 * fitted on.
 *
 * <p>A judged candidate is a fit when its grade reaches {@code minGrade}. The evidence weights are
 * those of a logistic regression of fit on the signal values (maximum likelihood by Newton's
 * method, with a small L2 penalty on the weights so that a signal that never varies stays at 0);
 * the calibration curve is the isotonic regression of fit on the evidence (pool adjacent
 * violators), so any monotone shape the judgments show is kept, where a logistic curve alone would
 * force an S.
 *
 * <p>{@link #crossValidate} holds each need out in turn: its candidates are scored by a model
 * fitted on every other need, and lists that share a need id (the same need in other languages) are
 * held out together, so no need's judgments calibrate its own fit.
 */
public final class FitCalibration {
  /** The L2 penalty on evidence weights; the intercept is not penalised. */
  private static final double L2 = 1.0;

  private static final int NEWTON_STEPS = 50;

  /** Bins of the reliability diagram: fit from 0 to 1 in tenths. */
  public static final int BINS = 10;

  private final ImmutableList<String> signals;
  private final int minGrade;

  private FitCalibration(ImmutableList<String> signals, int minGrade) {
    this.signals = signals;
    this.minGrade = minGrade;
  }

  /**
   * Returns a calibration over the given signals.
   *
   * @param signals the signals the evidence reads, at least one
   * @param minGrade the least grade that counts as a fit, at least 1
   */
  public static FitCalibration over(List<String> signals, int minGrade) {
    checkArgument(signals != null && !signals.isEmpty(), "name at least one signal");
    checkArgument(minGrade >= 1, "minGrade must be at least 1 but was %s", minGrade);
    return new FitCalibration(ImmutableList.copyOf(signals), minGrade);
  }

  /** One candidate's held-out fit and whether it was judged a fit. */
  public record Prediction(String needId, String startupId, double fit, boolean judgedFit) {}

  /** One bin of a reliability diagram: how many candidates, their mean fit and how many fit. */
  public record Bin(double from, double to, int count, double meanFit, double observedRate) {}

  /**
   * Fits a model to every candidate of the lists.
   *
   * @param name the model's name
   * @throws IllegalArgumentException if no candidate is judged a fit, or every one is
   */
  public FitModel fit(String name, List<RankedList> lists) {
    return fitExamples(name, examples(lists));
  }

  /**
   * Scores every candidate with a model fitted on the other needs' candidates, and returns the
   * predictions in the order of the lists and their rows.
   */
  public List<Prediction> crossValidate(List<RankedList> lists) {
    List<Example> examples = examples(lists);
    Map<String, FitModel> heldOutModels = new LinkedHashMap<>();
    ImmutableList.Builder<Prediction> predictions = ImmutableList.builder();
    for (Example example : examples) {
      FitModel model =
          heldOutModels.computeIfAbsent(
              example.needId,
              heldOut ->
                  fitExamples(
                      "held out " + heldOut,
                      examples.stream().filter(e -> !e.needId.equals(heldOut)).toList()));
      double evidence = model.intercept();
      for (int s = 0; s < signals.size(); s++) {
        evidence += model.weights().get(signals.get(s)) * example.values[s];
      }
      predictions.add(
          new Prediction(
              example.needId, example.startupId, model.calibrated(evidence), example.judgedFit));
    }
    return predictions.build();
  }

  /** The reliability diagram of predictions: {@value #BINS} bins of fit, empty ones included. */
  public static List<Bin> reliability(List<Prediction> predictions) {
    int[] counts = new int[BINS];
    double[] fits = new double[BINS];
    int[] fitting = new int[BINS];
    for (Prediction p : predictions) {
      int bin = Math.min(BINS - 1, (int) (p.fit() * BINS));
      counts[bin]++;
      fits[bin] += p.fit();
      fitting[bin] += p.judgedFit() ? 1 : 0;
    }
    ImmutableList.Builder<Bin> bins = ImmutableList.builder();
    for (int b = 0; b < BINS; b++) {
      bins.add(
          new Bin(
              b / (double) BINS,
              (b + 1) / (double) BINS,
              counts[b],
              counts[b] == 0 ? Double.NaN : fits[b] / counts[b],
              counts[b] == 0 ? Double.NaN : fitting[b] / (double) counts[b]));
    }
    return bins.build();
  }

  /**
   * The expected calibration error: over the bins of {@link #reliability}, the mean of |mean fit −
   * observed rate| weighted by how many candidates each bin holds; 0 for no predictions.
   */
  public static double expectedCalibrationError(List<Prediction> predictions) {
    double error = 0;
    for (Bin bin : reliability(predictions)) {
      if (bin.count() > 0) {
        error += bin.count() * Math.abs(bin.meanFit() - bin.observedRate());
      }
    }
    return predictions.isEmpty() ? 0 : error / predictions.size();
  }

  /** Renders a reliability diagram as text, one line per non-empty bin. */
  public static String describe(List<Bin> bins) {
    StringBuilder text = new StringBuilder("fit bin     candidates  mean fit  judged fit\n");
    for (Bin bin : bins) {
      if (bin.count() > 0) {
        text.append(
            String.format(
                Locale.ROOT,
                "%.1f–%.1f   %10d  %8.3f  %10.3f%n",
                bin.from(),
                bin.to(),
                bin.count(),
                bin.meanFit(),
                bin.observedRate()));
      }
    }
    return text.toString();
  }

  private record Example(String needId, String startupId, double[] values, boolean judgedFit) {}

  private List<Example> examples(List<RankedList> lists) {
    checkArgument(lists != null, "lists must not be null");
    List<Example> examples = new ArrayList<>();
    for (RankedList list : lists) {
      for (RankedList.Row row : list.rows()) {
        double[] values = new double[signals.size()];
        for (int i = 0; i < values.length; i++) {
          Double value = row.features().get(signals.get(i));
          checkArgument(
              value != null,
              "need %s, startup %s: no value of signal '%s'; the log has %s",
              list.needId(),
              row.startupId(),
              signals.get(i),
              row.features().keySet());
          values[i] = value;
        }
        examples.add(new Example(list.needId(), row.startupId(), values, row.label() >= minGrade));
      }
    }
    long fitting = examples.stream().filter(Example::judgedFit).count();
    checkArgument(
        fitting > 0 && fitting < examples.size(),
        "calibration needs candidates judged a fit and others judged not: %s of %s are",
        fitting,
        examples.size());
    return examples;
  }

  /** Fits the evidence weights, then the calibration curve of the evidence they give. */
  private FitModel fitExamples(String name, List<Example> examples) {
    double[] weights = logisticRegression(examples);
    double[] evidence = new double[examples.size()];
    for (int i = 0; i < evidence.length; i++) {
      evidence[i] = linear(weights, examples.get(i).values);
    }
    Map<String, Double> named = new LinkedHashMap<>();
    for (int s = 0; s < signals.size(); s++) {
      named.put(signals.get(s), weights[s + 1]);
    }
    return FitModel.of(name, weights[0], named, isotonic(evidence, examples));
  }

  /** The intercept followed by one weight per signal. */
  private double[] logisticRegression(List<Example> examples) {
    int d = signals.size() + 1;
    double[] w = new double[d];
    for (int step = 0; step < NEWTON_STEPS; step++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (Example example : examples) {
        double p = 1 / (1 + Math.exp(-linear(w, example.values)));
        double y = example.judgedFit ? 1 : 0;
        for (int i = 0; i < d; i++) {
          double xi = i == 0 ? 1 : example.values[i - 1];
          gradient[i] += (p - y) * xi;
          for (int j = 0; j < d; j++) {
            double xj = j == 0 ? 1 : example.values[j - 1];
            hessian[i][j] += p * (1 - p) * xi * xj;
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] += L2 * w[i];
        hessian[i][i] += L2;
      }
      double[] delta = solve(hessian, gradient);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= delta[i];
        change = Math.max(change, Math.abs(delta[i]));
      }
      if (change < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static double linear(double[] w, double[] values) {
    double sum = w[0];
    for (int i = 0; i < values.length; i++) {
      sum += w[i + 1] * values[i];
    }
    return sum;
  }

  /** Solves a small symmetric positive definite system by Gaussian elimination. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      if (Math.abs(m[col][col]) < 1e-12) {
        m[col][col] = 1e-12;
      }
      for (int row = col + 1; row < n; row++) {
        double factor = m[row][col] / m[col][col];
        for (int k = col; k <= n; k++) {
          m[row][k] -= factor * m[col][k];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = m[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= m[row][k] * x[k];
      }
      x[row] = sum / m[row][row];
    }
    return x;
  }

  /**
   * Pool adjacent violators: blocks of candidates in order of evidence, merged while a block fits
   * no more often than the one before it; each block becomes one curve point at its mean evidence.
   * Candidates with equal evidence always share a block.
   */
  private static List<double[]> isotonic(double[] evidence, List<Example> examples) {
    Integer[] order = new Integer[evidence.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> evidence[i]));
    // Each block: sum of evidence, number fitting, count.
    List<double[]> blocks = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      double y = examples.get(i).judgedFit ? 1 : 0;
      double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last[0] / last[2] == evidence[i]) {
        last[0] += evidence[i];
        last[1] += y;
        last[2]++;
      } else {
        blocks.add(new double[] {evidence[i], y, 1});
      }
      while (blocks.size() > 1) {
        double[] b = blocks.get(blocks.size() - 1);
        double[] a = blocks.get(blocks.size() - 2);
        if (a[1] / a[2] < b[1] / b[2]) {
          break;
        }
        a[0] += b[0];
        a[1] += b[1];
        a[2] += b[2];
        blocks.remove(blocks.size() - 1);
      }
    }
    List<double[]> curve = new ArrayList<>(blocks.size());
    for (double[] block : blocks) {
      curve.add(new double[] {block[0] / block[2], block[1] / block[2]});
    }
    return curve;
  }

  /** The signals the evidence reads. */
  public List<String> signals() {
    return signals;
  }

  /** A description for reports, such as {@code "coverage, mentioned-areas; grade ≥ 1"}. */
  @Override
  public String toString() {
    return String.join(", ", signals) + "; grade ≥ " + minGrade;
  }
}
