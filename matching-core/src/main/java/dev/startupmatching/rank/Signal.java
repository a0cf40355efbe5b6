package dev.startupmatching.rank;

/**
 * One kind of evidence of how well a candidate fits a need, such as text relevance or region fit.
 *
 * <p>A signal has a stable {@link #name}, the key of its weight in a {@link ScoringModel} and of
 * its column in feature logs, and computes a {@link SignalValue} from 0 to 1 for each candidate.
 * Signals that test a preference the need may not state (a region, a stage) return 1 when the need
 * states none, so that nothing is reported missing; signals that measure evidence (text, areas)
 * return 0 when there is none.
 *
 * <p>Implementations must be thread-safe and deterministic: the same need and candidate always give
 * the same value.
 */
public interface Signal {
  /**
   * The signal's name: letters, digits and hyphens, starting with a letter, such as {@code
   * "region"}; unique among the signals of one ranker.
   */
  String name();

  /** Computes the signal for one candidate of a need. */
  SignalValue compute(NeedAnalysis need, Candidate candidate);
}
