package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A directory that cannot be opened as a {@link StartupIndex}: what is wrong, and with which
 * directory. The message is one line that names the directory and says what to do.
 */
public final class IndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What keeps a directory from being opened as an index. */
  public enum Problem {
    /** The directory does not exist, or is empty: no index was built there. */
    MISSING,
    /**
     * The directory holds files but no index commit: it is not an index, or one whose commit file
     * was lost. Nothing in it is touched.
     */
    NOT_AN_INDEX,
    /** The index's files are unreadable or inconsistent; Lucene's {@code CheckIndex} tells more. */
    DAMAGED,
    /** The index was built with another layout, analysis, taxonomy or embedding model. */
    INCOMPATIBLE,
    /** Another writer, perhaps in another process, holds the index's write lock. */
    LOCKED
  }

  private final transient Path directory;
  private final Problem problem;

  IndexException(Path directory, Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.directory = checkNotNull(directory, "directory");
    this.problem = checkNotNull(problem, "problem");
  }

  IndexException(Path directory, Problem problem, String message) {
    this(directory, problem, message, null);
  }

  /** The directory that was to be opened. */
  public Path directory() {
    return directory;
  }

  /** What is wrong with it. */
  public Problem problem() {
    return problem;
  }
}
