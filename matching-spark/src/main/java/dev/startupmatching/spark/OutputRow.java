package dev.startupmatching.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * One line of the job's output: a need's match, or the need's reason for having none.
 *
 * @param order where the line goes: needs in input order, each need's matches by rank
 * @param need the need's id
 * @param rank the match's rank, 0 for a need without matches
 * @param startup the startup's id, null without matches
 * @param score the match's score, 0 without matches
 * @param fit the match's fit, 0 without matches
 * @param json the line as {@code batch --format jsonl} writes it
 */
record OutputRow(
    long order, String need, int rank, String startup, double score, double fit, String json)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Room for every rank of one need in {@link #order}. */
  private static final long RANKS_PER_NEED = 100_000;

  /** The order of a need's line of this rank. */
  static long order(int needIndex, int rank) {
    return needIndex * RANKS_PER_NEED + rank;
  }
}
