package dev.startupmatching.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each line strictly as UTF-8.
 *
 * <p>Lines end at {@code '\n'}; one {@code '\r'} before it is dropped. A final {@code '\n'} does
 * not start another line. A UTF-8 byte order mark at the very start of the stream is skipped, since
 * Windows tools such as Excel write one; anywhere else it is the character U+FEFF of its line. The
 * stream is split on raw bytes, before decoding, so that a bad byte sequence spoils only its own
 * line. A line longer than the limit is skipped without being held in memory. Not thread-safe; does
 * not close the stream.
 */
final class Utf8Lines {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkStart;
  private int chunkEnd;
  private boolean endOfInput;

  // Holds up to maxLineBytes + 1 bytes, so that a '\r' after a line of exactly the limit fits, and
  // on the first line a byte order mark before them.
  private byte[] line = new byte[1024];
  private int lineLength;
  // Where the current line's text starts in line: after a byte order mark that starts the input.
  private int lineStart;
  private boolean tooLong;
  private long number;

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private CharBuffer chars = CharBuffer.allocate(1024);

  Utf8Lines(InputStream in, int maxLineBytes) {
    checkArgument(maxLineBytes > 0, "maxLineBytes must be positive but was %s", maxLineBytes);
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Moves to the next line; returns false at the end of the input. */
  boolean next() throws IOException {
    lineLength = 0;
    tooLong = false;
    boolean sawByte = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        if (endOfInput || !fill()) {
          if (!sawByte) {
            return false;
          }
          break;
        }
      }
      sawByte = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      append(end - chunkStart);
      if (newline >= 0) {
        chunkStart = newline + 1;
        break;
      }
      chunkStart = chunkEnd;
    }
    number++;
    lineStart = number == 1 && startsWithByteOrderMark() ? BYTE_ORDER_MARK.length : 0;
    if (!tooLong && lineLength > lineStart && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    tooLong |= lineLength - lineStart > maxLineBytes;
    return true;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /**
   * Returns the text of the current line.
   *
   * @throws LineException if the line is too long or is not valid UTF-8
   */
  String text() {
    if (tooLong) {
      throw new LineException("line is longer than the limit of " + maxLineBytes + " bytes");
    }
    int length = lineLength - lineStart;
    // A UTF-8 line never decodes to more chars than it has bytes.
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
    }
    chars.clear();
    ByteBuffer bytes = ByteBuffer.wrap(line, lineStart, length);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new LineException(
          "invalid UTF-8 at byte " + (bytes.position() - lineStart + 1) + " of the line");
    }
    return chars.flip().toString();
  }

  private boolean startsWithByteOrderMark() {
    return lineLength >= BYTE_ORDER_MARK.length
        && Arrays.equals(
            line, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length);
  }

  private boolean fill() throws IOException {
    int read = in.read(chunk);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    chunkStart = 0;
    chunkEnd = read;
    return read > 0 || fill();
  }

  private int indexOfNewline() {
    for (int i = chunkStart; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int count) {
    if (tooLong) {
      return;
    }
    int needed = lineLength + count;
    // Until the first line ends, it may start with a byte order mark that the limit does not count.
    long capacity = maxLineBytes + 1L + (number == 0 ? BYTE_ORDER_MARK.length : 0);
    if (needed > capacity) {
      tooLong = true;
      return;
    }
    if (needed > line.length) {
      long grown = Math.min(Math.max(needed, 2L * line.length), capacity);
      line = Arrays.copyOf(line, (int) grown);
    }
    System.arraycopy(chunk, chunkStart, line, lineLength, count);
    lineLength = needed;
  }
}
