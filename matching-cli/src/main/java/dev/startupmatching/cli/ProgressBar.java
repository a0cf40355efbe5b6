package dev.startupmatching.cli;

import dev.startupmatching.batch.BatchListener;
import dev.startupmatching.batch.BatchProgress;
import dev.startupmatching.model.Need;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A batch's progress on standard error: on a terminal a bar with the rate and time left, redrawn in
 * place; otherwise, as in a job's log, one line every {@value #LOG_EVERY_SECONDS} seconds. A need
 * that fails is reported on a line of its own.
 */
final class ProgressBar implements BatchListener {
  private static final int WIDTH = 30;
  private static final long LOG_EVERY_SECONDS = 10;

  private final PrintWriter err;
  private final boolean interactive;
  private long lastDrawNanos;
  private int drawnLength;

  ProgressBar(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  /** A bar drawn in place when standard error is a terminal. */
  static ProgressBar onStandardError(PrintWriter err) {
    return new ProgressBar(err, System.console() != null);
  }

  @Override
  public void progressed(BatchProgress progress) {
    long now = System.nanoTime();
    long interval = interactive ? 100_000_000L : LOG_EVERY_SECONDS * 1_000_000_000L;
    boolean last = progress.done() == progress.total();
    if (now - lastDrawNanos < interval && !(last && interactive)) {
      return;
    }
    lastDrawNanos = now;
    String line = line(progress);
    if (interactive) {
      err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
      drawnLength = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public void failed(Need need, RuntimeException error) {
    clear();
    err.println("need " + need.id() + " failed: " + error.getMessage());
    err.flush();
  }

  /** Clears the bar, so that what follows starts on a clean line. */
  void clear() {
    if (interactive && drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      drawnLength = 0;
      err.flush();
    }
  }

  /** {@code [#######-------] 45% 450/1000 needs, 12.3/s, 0:44 left}. */
  static String line(BatchProgress progress) {
    double share = progress.total() == 0 ? 1 : progress.done() / (double) progress.total();
    int filled = (int) Math.round(share * WIDTH);
    String left =
        progress.remaining().map(r -> ", " + clock(r) + " left").orElse(", estimating time left");
    return String.format(
        Locale.ROOT,
        "[%s%s] %3d%% %d/%d needs, %.1f/s%s%s",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        Math.round(share * 100),
        progress.done(),
        progress.total(),
        progress.needsPerSecond(),
        left,
        progress.failed() > 0 ? ", " + progress.failed() + " failed" : "");
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String clock(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
