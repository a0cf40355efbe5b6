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
 * not start another line. The stream is split on raw bytes, before decoding, so that a bad byte
 * sequence spoils only its own line. A line longer than the limit is skipped without being held in
 * memory. Not thread-safe; does not close the stream.
 */
final class Utf8Lines {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkStart;
  private int chunkEnd;
  private boolean endOfInput;

  // Holds up to maxLineBytes + 1 bytes, so that a '\r' after a line of exactly the limit fits.
  private byte[] line = new byte[1024];
  private int lineLength;
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
    if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    tooLong |= lineLength > maxLineBytes;
    return true;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /**
   * Returns the text of the current line.
   *
   * @throws LineException if the line is too long, is not valid UTF-8, or is the first line and
   *     starts with a byte order mark
   */
  String text() {
    if (tooLong) {
      throw new LineException("line is longer than the limit of " + maxLineBytes + " bytes");
    }
    if (number == 1 && startsWithByteOrderMark()) {
      throw new LineException("file starts with a byte order mark; save as UTF-8 without BOM");
    }
    // A UTF-8 line never decodes to more chars than it has bytes.
    if (chars.capacity() < lineLength) {
      chars = CharBuffer.allocate(Math.max(lineLength, chars.capacity() * 2));
    }
    chars.clear();
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new LineException("invalid UTF-8 at byte " + (bytes.position() + 1) + " of the line");
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
    if (needed > maxLineBytes + 1) {
      tooLong = true;
      return;
    }
    if (needed > line.length) {
      long grown = Math.min(Math.max(needed, 2L * line.length), maxLineBytes + 1L);
      line = Arrays.copyOf(line, (int) grown);
    }
    System.arraycopy(chunk, chunkStart, line, lineLength, count);
    lineLength = needed;
  }
}
