package dev.startupmatching.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reports the job's progress on a stream, one line per phase as it starts and ends and at most one
 * a second in between: the phase (the Spark job's description), its finished tasks of all, and the
 * tasks that failed and were retried.
 */
final class ProgressListener extends SparkListener {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintStream out;
  private final Map<Integer, Phase> phasesByStage = new ConcurrentHashMap<>();
  private final Map<Integer, Phase> phasesByJob = new ConcurrentHashMap<>();

  private static final class Phase {
    final String name;
    final int tasks;
    final long started = System.nanoTime();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    volatile long reported = System.nanoTime();

    Phase(String name, int tasks) {
      this.name = name;
      this.tasks = tasks;
    }
  }

  ProgressListener(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String description = start.properties().getProperty("spark.job.description");
    if (description == null) {
      return;
    }
    int tasks = 0;
    for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
      tasks += stage.numTasks();
    }
    Phase phase = new Phase(description, tasks);
    phasesByJob.put(start.jobId(), phase);
    for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
      phasesByStage.put(stage.stageId(), phase);
    }
    out.printf(Locale.ROOT, "startup-match: %s (%d tasks)%n", description, tasks);
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    Phase phase = phasesByStage.get(end.stageId());
    if (phase == null) {
      return;
    }
    if (end.taskInfo().successful()) {
      phase.done.incrementAndGet();
    } else {
      phase.failed.incrementAndGet();
      out.printf(
          Locale.ROOT,
          "startup-match: %s: a task of partition %d failed (%s); Spark retries it%n",
          phase.name,
          end.taskInfo().partitionId(),
          end.reason());
    }
    long now = System.nanoTime();
    if (now - phase.reported >= INTERVAL_NANOS) {
      phase.reported = now;
      out.printf(
          Locale.ROOT,
          "startup-match: %s: %d of %d tasks done%n",
          phase.name,
          phase.done.get(),
          phase.tasks);
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    Phase phase = phasesByJob.remove(end.jobId());
    if (phase == null) {
      return;
    }
    phasesByStage.values().removeIf(p -> p == phase);
    out.printf(
        Locale.ROOT,
        "startup-match: %s: done in %.1f s%s%n",
        phase.name,
        (System.nanoTime() - phase.started) / 1e9,
        phase.failed.get() == 0 ? "" : ", " + phase.failed.get() + " failed tasks retried");
  }
}
