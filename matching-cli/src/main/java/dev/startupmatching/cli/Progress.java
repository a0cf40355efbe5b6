package dev.startupmatching.cli;

import java.io.PrintWriter;

/**
 * A progress counter on standard error, redrawn in place on a terminal and silent otherwise, so
 * that logs of batch jobs stay clean.
 */
final class Progress {
  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean interactive;
  private int done;
  private long lastDrawNanos;

  Progress(PrintWriter err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.interactive = System.console() != null && total > 1;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (interactive && (now - lastDrawNanos > 100_000_000L || done == total)) {
      lastDrawNanos = now;
      err.printf("\r%s: %d/%d", label, done, total);
      err.flush();
    }
  }

  void done() {
    if (interactive) {
      err.print("\r" + " ".repeat(label.length() + 24) + "\r");
      err.flush();
    }
  }
}
