package dev.startupmatching.batch;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.startupmatching.match.Match;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Matches a list of needs in parallel and streams each need's matches to a {@link BatchSink}.
 *
 * <pre>{@code
 * BatchSummary summary = BatchMatcher.builder(matcher)
 *     .options(MatchOptions.top(20))
 *     .skip(idsAlreadyWritten)
 *     .listener(progressBar)
 *     .build()
 *     .run(needs, (need, matches) -> writer.write(need, matches));
 * }</pre>
 *
 * <p>Memory stays bounded whatever the number of needs: at most twice as many needs as threads are
 * in flight, and each need's matches go to the sink as soon as they are ranked. A need the matcher
 * rejects (an {@link IllegalArgumentException} or any other runtime exception) is counted as failed
 * and reported to the listener, and the batch goes on. An {@link IOException} from the sink stops
 * the batch: needs in flight finish without reaching the sink, and {@link #run} rethrows it.
 *
 * <p>A batch matcher holds no state between runs and may be run again; runs must not overlap.
 */
public final class BatchMatcher {
  private final StartupMatcher matcher;
  private final MatchOptions options;
  private final int threads;
  private final ImmutableSet<String> skip;
  private final BatchListener listener;

  private BatchMatcher(Builder builder) {
    this.matcher = builder.matcher;
    this.options = builder.options;
    this.threads = builder.threads;
    this.skip = ImmutableSet.copyOf(builder.skip);
    this.listener = builder.listener;
  }

  /**
   * Returns a builder of a batch over the matcher, by default with {@link MatchOptions#defaults},
   * one thread per available processor, nothing skipped and no listener.
   */
  public static Builder builder(StartupMatcher matcher) {
    checkArgument(matcher != null, "matcher must not be null");
    return new Builder(matcher);
  }

  /**
   * Matches every need not skipped and passes its matches to the sink.
   *
   * @param needs the needs, with distinct ids
   * @return what the run did
   * @throws IllegalArgumentException if two needs share an id
   * @throws IOException if the sink failed; the needs it took before stay taken
   * @throws CancellationException if the calling thread was interrupted; it stays interrupted
   */
  public BatchSummary run(List<Need> needs, BatchSink sink) throws IOException {
    checkArgument(needs != null, "needs must not be null");
    checkArgument(sink != null, "sink must not be null");
    Set<String> ids = new HashSet<>();
    List<Need> todo = new ArrayList<>();
    for (Need need : needs) {
      checkArgument(ids.add(need.id()), "need id %s occurs more than once", need.id());
      if (!skip.contains(need.id())) {
        todo.add(need);
      }
    }
    Run run = new Run(sink, todo.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    Semaphore inFlight = new Semaphore(2 * threads);
    try {
      for (Need need : todo) {
        inFlight.acquire();
        if (run.stopped()) {
          inFlight.release();
          break;
        }
        pool.execute(
            () -> {
              try {
                run.process(need);
              } finally {
                inFlight.release();
              }
            });
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Long batches wait here; each need's progress reaches the listener meanwhile.
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new CancellationException("the batch was interrupted");
    }
    run.rethrowFatal();
    return new BatchSummary(
        run.matched, run.failed, needs.size() - todo.size(), run.matches, run.elapsed());
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "batch-matcher-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The state of one run, guarded by its own lock, which also serialises the sink. */
  private final class Run {
    private final BatchSink sink;
    private final int total;
    private final long started = System.nanoTime();
    private int matched;
    private int failed;
    private long matches;
    private Throwable fatal;

    Run(BatchSink sink, int total) {
      this.sink = sink;
      this.total = total;
    }

    synchronized boolean stopped() {
      return fatal != null;
    }

    void process(Need need) {
      if (stopped()) {
        return;
      }
      List<Match> result = null;
      RuntimeException error = null;
      try {
        result = matcher.match(need, options);
      } catch (RuntimeException e) {
        error = e;
      } catch (Error e) {
        stop(e);
        return;
      }
      synchronized (this) {
        if (fatal != null) {
          return;
        }
        try {
          if (error == null) {
            sink.accept(need, result);
            matched++;
            matches += result.size();
          } else {
            failed++;
            listener.failed(need, error);
          }
          listener.progressed(new BatchProgress(matched + failed, total, failed, elapsed()));
        } catch (IOException | RuntimeException | Error e) {
          fatal = e;
        }
      }
    }

    private synchronized void stop(Throwable e) {
      if (fatal == null) {
        fatal = e;
      }
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - started);
    }

    synchronized void rethrowFatal() throws IOException {
      switch (fatal) {
        case null -> {}
        case IOException e -> throw e;
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        default -> throw new IllegalStateException(fatal);
      }
    }
  }

  /** Configures a {@link BatchMatcher}. */
  public static final class Builder {
    private final StartupMatcher matcher;
    private MatchOptions options = MatchOptions.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();
    private Set<String> skip = Set.of();
    private BatchListener listener = BatchListener.NONE;

    private Builder(StartupMatcher matcher) {
      this.matcher = matcher;
    }

    /** Sets the options every need is matched with. */
    public Builder options(MatchOptions options) {
      checkArgument(options != null, "options must not be null");
      this.options = options;
      return this;
    }

    /** Sets how many needs are matched at once, at least 1. */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1 but was %s", threads);
      this.threads = threads;
      return this;
    }

    /** Sets the ids of needs already done, which the run leaves out, as when resuming a batch. */
    public Builder skip(Collection<String> needIds) {
      checkArgument(needIds != null, "needIds must not be null");
      this.skip = Set.copyOf(needIds);
      return this;
    }

    /** Sets the listener told of progress and failures. */
    public Builder listener(BatchListener listener) {
      checkArgument(listener != null, "listener must not be null");
      this.listener = listener;
      return this;
    }

    /** Returns the batch matcher. */
    public BatchMatcher build() {
      return new BatchMatcher(this);
    }
  }
}
