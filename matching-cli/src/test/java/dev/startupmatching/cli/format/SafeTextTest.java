package dev.startupmatching.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {
  @Test
  void terminalEscapeSequencesLoseTheirControlCharacters() {
    assertThat(SafeText.oneLine("\u001b]0;pwned\u0007Lidar\u001b[2JCo"))
        .isEqualTo("]0;pwnedLidar[2JCo");
    // The one-character CSI of the C1 controls, and DEL.
    assertThat(SafeText.oneLine("a\u009b2Jb\u007fc")).isEqualTo("a2Jbc");
  }

  @Test
  void bidirectionalOverridesAndIsolatesAreDropped() {
    assertThat(SafeText.oneLine("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(SafeText.oneLine("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069x"))
        .isEqualTo("x");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029})
  void tabsAndLineBreaksBecomeSpaces(int codePoint) {
    assertThat(SafeText.oneLine("a" + Character.toString(codePoint) + "b")).isEqualTo("a b");
  }

  @Test
  void everythingElseIsKeptAsItIs() {
    String text = "Grüße, 汽车 \uD83D\uDE97 \"quoted\" =SUM(A1) \u00A0 \u200D עברית";

    assertThat(SafeText.oneLine(text)).isSameAs(text);
    assertThat(SafeText.oneLine("")).isEmpty();
  }

  @Test
  void visibleWritesWhatOneLineWouldDropAsEscapes() {
    assertThat(SafeText.visible("taxonomy \u001b]0;pwned\u0007 v1\nnext\u202E"))
        .isEqualTo("taxonomy \\u001B]0;pwned\\u0007 v1\\nnext\\u202E");
    assertThat(SafeText.visible("plain text, 汽车")).isEqualTo("plain text, 汽车");
  }
}
