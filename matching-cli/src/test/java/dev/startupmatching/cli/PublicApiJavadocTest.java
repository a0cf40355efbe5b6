package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type, method, constructor and field in every module's main sources has a Javadoc
 * comment, as do the methods of public interfaces; overriding methods inherit theirs. The
 * compiler's doclint checks that comments are well-formed; this checks that they exist.
 */
class PublicApiJavadocTest {
  private static final Pattern PUBLIC_DECLARATION = Pattern.compile("^\\s*public\\s.*");

  /** A method of an interface body: two spaces of indentation, a name and a parameter list. */
  private static final Pattern INTERFACE_METHOD =
      Pattern.compile("^  (default |static )?[\\w<>\\[\\]?.][\\w<>\\[\\], ?.]*\\s+\\w+\\(.*");

  @Test
  void everyPublicDeclarationHasJavadoc() throws IOException {
    List<String> undocumented = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/java/"))
              .toList()) {
        undocumented.addAll(undocumentedDeclarations(file));
      }
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void theCheckFlagsAMissingComment() throws IOException {
    Path file = Files.createTempFile("Sample", ".java");
    Files.writeString(
        file,
        String.join(
            "\n",
            "/** Documented. */",
            "public interface Sample {",
            "  /** Documented. */",
            "  int documented();",
            "",
            "  @Deprecated",
            "  int bare();",
            "}"));
    assertThat(undocumentedDeclarations(file)).singleElement().asString().endsWith(":7");
    Files.delete(file);
  }

  private static List<String> undocumentedDeclarations(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    boolean publicInterface = lines.stream().anyMatch(l -> l.startsWith("public interface "));
    List<String> undocumented = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean declaration =
          PUBLIC_DECLARATION.matcher(line).matches()
              || (publicInterface && INTERFACE_METHOD.matcher(line).matches());
      if (declaration && !documented(lines, i)) {
        undocumented.add(file + ":" + (i + 1));
      }
    }
    return undocumented;
  }

  /** Walks up from a declaration over annotations (which may span lines) to a comment's end. */
  private static boolean documented(List<String> lines, int declaration) {
    int openParentheses = 0;
    for (int i = declaration - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      openParentheses += count(line, ')') - count(line, '(');
      if (line.equals("@Override")) {
        return true; // Javadoc inherits the overridden method's comment.
      }
      if (openParentheses > 0 || line.isEmpty() || line.startsWith("@")) {
        continue;
      }
      return line.endsWith("*/");
    }
    return false;
  }

  private static int count(String line, char c) {
    return (int) line.chars().filter(ch -> ch == c).count();
  }
}
