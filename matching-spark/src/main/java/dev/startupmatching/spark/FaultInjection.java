package dev.startupmatching.spark;

import java.util.Set;
import org.apache.spark.TaskContext;

/**
 * Fails a phase's first task attempt on partition 0 on purpose, after the task has done its work,
 * when the job's settings name the phase: how the tests show that a retried task neither loses nor
 * repeats output. Does nothing otherwise.
 */
final class FaultInjection {
  /** The phases that can fail once: {@value}. */
  static final String PHASES = "index, first-search, feedback-search, match";

  private FaultInjection() {}

  /** Throws if the phase is named and this is the first attempt of partition 0. */
  static void failOnce(Set<String> failing, String phase) {
    TaskContext task = TaskContext.get();
    if (failing.contains(phase)
        && task != null
        && task.partitionId() == 0
        && task.attemptNumber() == 0) {
      throw new IllegalStateException(
          "failing the first attempt of " + phase + " on partition 0, as the settings ask");
    }
  }
}
