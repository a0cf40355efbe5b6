package dev.startupmatching.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written whole or not at all: the text goes to a temporary file beside it, which
 * {@link #commit} moves into place. A run that fails or is killed before then leaves the file as it
 * was, and at most a temporary file whose name says what it is.
 *
 * <pre>{@code
 * try (OutputFile file = OutputFile.create(path)) {
 *   file.writer().write(text);
 *   file.commit();
 * }
 * }</pre>
 */
final class OutputFile implements Closeable {
  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final Writer writer;
  private boolean committed;

  private OutputFile(Path target) throws IOException {
    this.target = target;
    Path directory = target.toAbsolutePath().getParent();
    // Not Files.createTempFile: it makes the file readable by its owner alone, which the output
    // would keep; created like this, it gets the permissions any new file gets.
    this.temporary =
        directory.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".partial");
    try {
      this.channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      // Named after the output, not the temporary file a person never asked for.
      throw new AccessDeniedException(target.toString(), null, e.getReason());
    } catch (FileSystemException e) {
      throw new FileSystemException(target.toString(), null, e.getReason());
    }
    OutputStream stream = Channels.newOutputStream(channel);
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /** Starts writing the file at {@code target}; nothing changes there until {@link #commit}. */
  static OutputFile create(Path target) throws IOException {
    return new OutputFile(target);
  }

  /** Writes {@code text} to {@code target} whole or not at all. */
  static void write(Path target, String text) throws IOException {
    try (OutputFile file = create(target)) {
      file.writer().write(text);
      file.commit();
    }
  }

  /** The writer of the file's text, UTF-8, buffered; closing it does not commit. */
  Writer writer() {
    return writer;
  }

  /**
   * Flushes the text to the disk and moves it into place, replacing any file there, atomically
   * where the file system can.
   */
  void commit() throws IOException {
    writer.flush();
    channel.force(true);
    writer.close();
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Discards the text unless it was committed. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      // The text is discarded anyway; a full disk, say, must not hide the failure that got here.
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
