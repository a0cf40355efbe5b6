package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
  /** Returns each line's text, or "!" and the error message for a bad line. */
  private static List<String> lines(byte[] input, int maxLineBytes) throws IOException {
    return lines(new ByteArrayInputStream(input), maxLineBytes);
  }

  private static List<String> lines(InputStream input, int maxLineBytes) throws IOException {
    Utf8Lines lines = new Utf8Lines(input, maxLineBytes);
    List<String> result = new ArrayList<>();
    while (lines.next()) {
      assertThat(lines.number()).isEqualTo(result.size() + 1);
      try {
        result.add(lines.text());
      } catch (LineException e) {
        result.add("!" + e.getMessage());
      }
    }
    return result;
  }

  private static List<String> lines(String input, int maxLineBytes) throws IOException {
    return lines(input.getBytes(UTF_8), maxLineBytes);
  }

  @Test
  void splitsOnNewlineAndDropsOneCarriageReturn() throws IOException {
    assertThat(lines("a\nb\r\nc\r\r\n\nd", 10)).containsExactly("a", "b", "c\r", "", "d");
  }

  @Test
  void finalNewlineEndsTheLastLine() throws IOException {
    assertThat(lines("", 10)).isEmpty();
    assertThat(lines("\n", 10)).containsExactly("");
    assertThat(lines("a\n", 10)).containsExactly("a");
    assertThat(lines("a\n\n", 10)).containsExactly("a", "");
  }

  @Test
  void limitCountsBytesWithoutTheLineEnd() throws IOException {
    assertThat(lines("12345\r\n123456\n1234\n", 5))
        .containsExactly("12345", "!line is longer than the limit of 5 bytes", "1234");
    assertThat(lines("1234567890123\nok", 5))
        .containsExactly("!line is longer than the limit of 5 bytes", "ok");
    assertThat(lines("12345\r\r\nok", 5))
        .containsExactly("!line is longer than the limit of 5 bytes", "ok");
  }

  @Test
  void limitCountsBytesNotChars() throws IOException {
    assertThat(lines("äää\näa\n", 5))
        .containsExactly("!line is longer than the limit of 5 bytes", "äa");
  }

  @Test
  void reportsInvalidUtf8ForThatLineOnly() throws IOException {
    byte[] input = {'o', 'k', '\n', 'a', (byte) 0xFF, 'b', '\n', (byte) 0xE4, 'x', '\n', 'z'};

    assertThat(lines(input, 100))
        .containsExactly(
            "ok",
            "!invalid UTF-8 at byte 2 of the line",
            "!invalid UTF-8 at byte 1 of the line",
            "z");
  }

  @Test
  void reportsTruncatedSequenceAtTheEndOfTheLine() throws IOException {
    byte[] input = {'a', 'b', (byte) 0xE4, (byte) 0xB8};

    assertThat(lines(input, 100)).containsExactly("!invalid UTF-8 at byte 3 of the line");
  }

  @Test
  void decodesCharactersOutsideTheBasicPlane() throws IOException {
    assertThat(lines("汽车 \uD83D\uDE97 Straße\n", 100)).containsExactly("汽车 \uD83D\uDE97 Straße");
  }

  @Test
  void skipsByteOrderMarkOnlyAtTheStartOfTheInput() throws IOException {
    assertThat(lines("\uFEFFa\n\uFEFFb\n", 100)).containsExactly("a", "\uFEFFb");
    assertThat(lines("a\uFEFF\n", 100)).containsExactly("a\uFEFF");
    assertThat(lines("\uFEFF\uFEFFa", 100)).containsExactly("\uFEFFa");
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyLine() throws IOException {
    assertThat(lines("\uFEFF", 100)).containsExactly("");
    assertThat(lines("\uFEFF\r\nb", 100)).containsExactly("", "b");
  }

  @Test
  void theLimitAndErrorOffsetsDoNotCountTheByteOrderMark() throws IOException {
    assertThat(lines("\uFEFF12345\r\n\uFEFF123\n", 5))
        .containsExactly("12345", "!line is longer than the limit of 5 bytes");
    assertThat(lines("\uFEFF123456\nok", 5))
        .containsExactly("!line is longer than the limit of 5 bytes", "ok");
    byte[] badSecondByte = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
    assertThat(lines(badSecondByte, 100)).containsExactly("!invalid UTF-8 at byte 2 of the line");
  }

  @Test
  void skipsAByteOrderMarkThatArrivesOneByteAtATime() throws IOException {
    InputStream trickle =
        new ByteArrayInputStream("\uFEFFa\nb".getBytes(UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };

    assertThat(lines(trickle, 100)).containsExactly("a", "b");
  }

  @Test
  void partOfAByteOrderMarkIsInvalidUtf8() throws IOException {
    byte[] input = {(byte) 0xEF, (byte) 0xBB, 'a'};

    assertThat(lines(input, 100)).containsExactly("!invalid UTF-8 at byte 1 of the line");
  }

  @Test
  void handlesLinesSpanningManyReads() throws IOException {
    String longLine = "x".repeat(200_000);
    // Hands out at most 7 bytes per read, so lines and line ends straddle reads.
    InputStream trickle =
        new ByteArrayInputStream((longLine + "\r\nshort\r\n").getBytes(UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };

    assertThat(lines(trickle, 200_000)).containsExactly(longLine, "short");
  }

  @Test
  void rejectsNonPositiveLimit() {
    assertThatThrownBy(() -> new Utf8Lines(InputStream.nullInputStream(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLineBytes must be positive but was 0");
  }
}
