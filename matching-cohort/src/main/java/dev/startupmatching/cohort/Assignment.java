package dev.startupmatching.cohort;

/**
 * A startup in the cohort: the unit that meets it, for which need, and why it is in.
 *
 * @param pairing the chosen pair: the need (and so the unit), the startup, its fit and rank
 * @param reason why it is in, in one sentence
 */
public record Assignment(Pairing pairing, String reason) {
  /** The unit that meets the startup. */
  public String unit() {
    return pairing.unit();
  }
}
